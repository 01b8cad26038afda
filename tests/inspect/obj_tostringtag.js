const o = { [Symbol.toStringTag]: 'Custom', a: 1 };
console.log(o);
class T { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new T());
class U { constructor() { this.q = 1; } }
U.prototype[Symbol.toStringTag] = 'UTag';
console.log(new U());
const nt = Object.create(null);
nt[Symbol.toStringTag] = 'NT';
console.log(nt);
