// A key deleted from a Map or Set (or cleared) is no longer kept alive by it.
const collected = [];
const fr = new FinalizationRegistry(name => collected.push(name));
const m = new Map();
const s = new Set();
const c = new Map();
function fill() {
  const a = { name: 'a' }, b = { name: 'b' }, t = { name: 'tail' }, x = { name: 'x' };
  fr.register(a, 'map key a');
  fr.register(b, 'set value b');
  fr.register(t, 'map tail');
  fr.register(x, 'cleared x');
  m.set(a, 1).set('keep', 2).set(t, 3);
  s.add(b).add('keep');
  c.set(x, x);
}
fill();
function drop() {
  for (const k of m.keys()) if (typeof k === 'object') m.delete(k);
  for (const v of s) if (typeof v === 'object') s.delete(v);
  c.clear();
}
drop();
gc();
setTimeout(() => {
  gc();
  setTimeout(() => {
    console.log(m.size, s.size, c.size, [...m.keys()], [...s]);
    console.log(collected.sort());
  }, 10);
}, 0);
