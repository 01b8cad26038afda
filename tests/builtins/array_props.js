const names = Object.getOwnPropertyNames(Array.prototype).filter(n => typeof Array.prototype[n] === 'function' && n !== 'constructor').sort();
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, n);
  console.log(n, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
const ld = Object.getOwnPropertyDescriptor([], 'length');
console.log(ld.writable, ld.enumerable, ld.configurable);
