// lastIndex with and without g / y
let r = /a/g;
console.log(r.exec('aa').index, r.lastIndex, r.exec('aa').index, r.lastIndex, r.exec('aa'), r.lastIndex);
r = /a/g; r.lastIndex = 5; console.log(r.test('aaa'), r.lastIndex);
r = /a/; r.lastIndex = 3; console.log(r.test('a'), r.lastIndex);
r = /a/g; r.lastIndex = '1'; console.log(r.exec('aa').index, r.lastIndex);
r = /a/g; r.lastIndex = -4; console.log(r.exec('aa').index, r.lastIndex);
r = /a/g; r.lastIndex = 1.7; console.log(r.exec('aa').index);
r = /(?:)/g; console.log(r.exec('abc').index, r.lastIndex, r.exec('abc').index, r.lastIndex);
r = /a/g; Object.defineProperty(r, 'lastIndex', { writable: false });
try { r.exec('b'); } catch (e) { console.log(e.name); }
console.log(r.test.call(/x/, 'x'));
r = /o/g; let s = 'foo boo', n = 0, m;
while ((m = r.exec(s)) !== null) n += m.index;
console.log(n, r.lastIndex);
r = /a/g; r.lastIndex = 2; console.log('aaa'.replace(r, 'b'), r.lastIndex);
r = /a/g; r.lastIndex = 2; console.log('aaa'.match(r), r.lastIndex);
r = /a/y; r.lastIndex = 2; console.log('aaa'.replace(r, 'b'), r.lastIndex);
r = /./gu; r.lastIndex = 1; console.log(r.exec('😀x')[0], r.lastIndex);
r = /./g; r.lastIndex = 1; console.log(r.exec('😀x')[0] === '\ude00', r.lastIndex);
