// WeakMap and WeakSet as the spec shapes them: constructors, methods,
// receiver checks, key checks, no size and no iteration.
const k1 = {}, k2 = function () {}, k3 = [];
const wm = new WeakMap([[k1, 'one'], [k2, 'two']]);
console.log(wm.get(k1), wm.get(k2), wm.has(k3), wm.get(k3), wm.get(1));
console.log(wm.set(k3, 3) === wm, wm.delete(k3), wm.delete(k3), wm.has(k3), wm.delete('x'));
const ws = new WeakSet([k1, k3]);
console.log(ws.has(k1), ws.has(k2), ws.add(k2) === ws, ws.delete(k1), ws.has(k1), ws.has(null));
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws));
console.log(String(wm), WeakMap.length, WeakSet.length, WeakMap.name, WeakMap.prototype.set.length);
console.log('size' in wm, 'size' in ws, typeof wm[Symbol.iterator], typeof ws.forEach);
console.log(Object.getOwnPropertyNames(WeakMap.prototype).sort().join());
console.log(Object.getOwnPropertyNames(WeakSet.prototype).sort().join());
const tries = [
  () => WeakMap(),
  () => WeakSet(),
  () => new WeakMap([1]),
  () => new WeakMap([[1, 2]]),
  () => new WeakSet([1]),
  () => wm.set('k', 1),
  () => wm.set(Symbol.for('reg'), 1),
  () => ws.add(42),
  () => WeakMap.prototype.get.call({}, k1),
  () => WeakSet.prototype.has.call(wm, k1),
  () => new WeakMap(5),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
class Tagged extends WeakMap {
  set(k, v) { return super.set(k, v * 2); }
}
const t = new Tagged([[k1, 21]]);
console.log(t.get(k1), t instanceof WeakMap, Object.getPrototypeOf(t) === Tagged.prototype);
console.log(wm, ws);
