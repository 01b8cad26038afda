const m = new Map([['a', 1], ['b', 2]]);
console.log(m.keys());
console.log(m.values());
console.log(m.entries());
console.log(m[Symbol.iterator]());
const it = m.entries();
it.next();
console.log(it);
