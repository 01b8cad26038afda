const o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
  get only() { return 'ro'; },
};
console.log(o.v);
o.v = 5;
console.log(o.v, o._v);
o.only = 'changed';
console.log(o.only);
const desc = Object.getOwnPropertyDescriptor(o, 'v');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
const p = Object.create(o);
p.v = 7;
console.log(p.v, Object.keys(p), o._v);
const q = {};
Object.defineProperty(q, 'x', { get() { return 42; }, enumerable: false });
console.log(q.x, Object.keys(q));
const cnt = { n: 0, get next() { return ++this.n; } };
console.log(cnt.next, cnt.next, cnt.n);
const named = { get foo() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(named, 'foo').get.name);
