class P {
  constructor() { this._v = 1; }
  get v() { return this._v; }
  set v(x) { this._v = x; }
}
const p = new P();
console.log(p);
console.log(Object.getOwnPropertyDescriptor(P.prototype, 'v'));
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'a'));
