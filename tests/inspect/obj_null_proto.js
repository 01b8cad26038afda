const o = Object.create(null);
console.log(o);
o.a = 1;
console.log(o);
console.log({ inner: Object.create(null) });
const p = Object.create(null);
p[Symbol('s')] = 1;
console.log(p);
