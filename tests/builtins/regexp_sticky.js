// the y flag
let r = /a/y;
console.log(r.test('ba'), r.lastIndex, (r.lastIndex = 1, r.test('ba')), r.lastIndex);
r = /foo/y; r.lastIndex = 3; console.log(r.exec('barfoo').index, r.lastIndex, r.exec('barfoo'), r.lastIndex);
console.log('ab c'.match(/./gy), 'aaba'.replace(/a/gy, 'x'), 'xaa'.replace(/a/gy, 'x'));
r = /b/y; console.log('abc'.search(r), r.lastIndex);
console.log('a,b,c'.split(/,/y), /^b/y.test('ab'), (() => { const q = /^b/y; q.lastIndex = 1; return q.test('ab'); })());
const tok = /\s*(\d+|[+*()-])/y; const src = '12 + 3*(4 - 1)'; const out = []; let m;
while ((m = tok.exec(src))) out.push(m[1]);
console.log(out, tok.lastIndex);
