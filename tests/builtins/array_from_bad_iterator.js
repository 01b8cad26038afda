// Array.from names a non-callable @@iterator in V8's words; a nullish one
// falls back to the array-like path
try {
  Array.from({ [Symbol.iterator]: 1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Array.from({ [Symbol.iterator]: null, length: 2, 0: 'a', 1: 'b' }));
console.log(Object.prototype.toString.call(globalThis), String(globalThis));
console.log(Reflect.ownKeys(Map.prototype).slice(-2), Reflect.ownKeys(Set.prototype).slice(-2));
