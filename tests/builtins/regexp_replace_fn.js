// function replacers: arguments and call order
'xaybz'.replace(/([ab])(q)?/g, function () { console.log(JSON.stringify([...arguments]), this === undefined || this === globalThis); });
'2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, (...a) => { console.log(a.length, a[3], a[4], a[5]); return ''; });
const r = /a/g;
console.log('aaa'.replace(r, (m, off) => { r.lastIndex = 0; return off; }), r.lastIndex);
let calls = [];
console.log('abc'.replace(/./g, (c, i) => { calls.push(i); return c + i; }), calls);
console.log('x-y'.replace(/-/, () => '$&'));
