// The prototypes of the weak collections list their keys in V8's order
for (const C of [WeakMap, WeakSet, WeakRef, FinalizationRegistry]) {
  const keys = Reflect.ownKeys(C.prototype).map(String);
  console.log(C.name.padEnd(20), keys.join(', '));
  console.log(' '.repeat(20), Object.getOwnPropertyNames(C).join(', '), C.length);
}
const methods = Object.getOwnPropertyNames(WeakMap.prototype).filter((k) => k !== 'constructor');
console.log(methods.map((k) => `${k}/${WeakMap.prototype[k].length}`).join(' '));
console.log(WeakSet.prototype.constructor === WeakSet, Object.keys(WeakRef.prototype).length);
