const names = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace',
  'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  console.log(n, typeof d.value, d.value.toString(), d.value.description, d.writable, d.enumerable, d.configurable);
}
console.log(Symbol.keyFor(Symbol.iterator), Symbol.iterator === Symbol.iterator);
const iterable = { [Symbol.iterator]() { let n = 0; return { next: () => (n < 2 ? { value: ++n, done: false } : { done: true }) }; } };
console.log([...iterable]);
const money = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'str' : 'default'; } };
console.log(+money, `${money}`, money + '');
class Temp { get [Symbol.toStringTag]() { return 'Temperature'; } }
console.log(Object.prototype.toString.call(new Temp()));
