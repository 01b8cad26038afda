// Map and Set iterators show what they would still yield
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
const s = new Set([1, 2]);
console.log(s.values(), s.entries(), s.keys());
const it = m.keys(); it.next(); console.log(it);
const done = s.values(); done.next(); done.next(); console.log(done);
console.log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());
