const s = Symbol('k');
const o = { a: 1, [s]: 2, [Symbol()]: 3, [Symbol.iterator]: 4 };
console.log(o);
console.log({ [Symbol('only')]: { nested: true } });
