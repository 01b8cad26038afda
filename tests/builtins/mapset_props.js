for (const C of [Map, Set]) {
  for (const n of Object.getOwnPropertyNames(C.prototype)) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, n);
    if (d.get) console.log(C.name, n, 'getter', d.get.name, d.enumerable, d.configurable);
    else if (typeof d.value === 'function') console.log(C.name, n, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
  }
  console.log(C.prototype[Symbol.toStringTag], Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag).writable);
}
const m = new Map([[1, 1]]);
console.log(m.size, Object.keys(m), JSON.stringify(m), Object.getOwnPropertyNames(m));
