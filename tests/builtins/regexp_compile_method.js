// RegExp.prototype.compile and re-initialisation
const r = /a/g;
r.lastIndex = 3;
console.log(r.compile('b+', 'i') === r, r.source, r.flags, r.lastIndex, r.test('BB'));
r.compile(/c/m);
console.log(r.source, r.flags);
r.compile();
console.log(r.source, r.flags, r.test('anything'));
try { r.compile('(', ''); } catch (e) { console.log(e.name, e.message, r.source); }
