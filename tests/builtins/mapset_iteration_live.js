const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) m.delete(2);
  if (k === 3) m.set(4, 'd');
}
console.log(seen);
const s = new Set([1, 2, 3]);
const it = s.values();
console.log(it.next().value);
s.delete(1); s.delete(2);
console.log(it.next().value);
s.add(5);
console.log(it.next().value, it.next().done);
s.add(6);
console.log(it.next().done);
const c = new Set([1, 2, 3]);
const ci = c.values();
ci.next();
c.clear();
c.add('after');
console.log(ci.next(), ci.next());
const readd = new Set([1, 2]);
const out = [];
for (const v of readd) {
  out.push(v);
  if (out.length < 6) { readd.delete(v); readd.add(v); }
}
console.log(out.join());
const tail = new Map([['x', 1]]);
const ti = tail.keys();
tail.delete('x');
tail.set('y', 2);
console.log(ti.next().value, ti.next().done);
const fresh = new Set();
const fi = fresh.values();
fresh.add('late');
console.log(fi.next().value);
