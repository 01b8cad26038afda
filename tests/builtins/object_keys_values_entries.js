const o = { b: 1, a: 2, 10: 'x', 2: 'y', [Symbol('s')]: 3 };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(Object.keys(o).length, Object.getOwnPropertyNames(o).length);
console.log(Object.keys('abc'), Object.values('ab'), Object.entries([7, 8]));
console.log(Object.keys(5), Object.keys(true));
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
console.log(Object.keys(child), Object.entries(child));
// getters are invoked by values/entries
const g = { get x() { return 'got'; } };
console.log(Object.values(g), Object.entries(g));
// a property deleted by an earlier getter is skipped
const d = { get a() { delete this.b; return 1; }, b: 2, c: 3 };
console.log(Object.entries(d));
