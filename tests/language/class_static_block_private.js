// Static blocks between private members: the duplicate-name check skips
// members without a key.
class A {
  static #count = 0;
  #x;
  static { A.#count = 10; }
  constructor(x) { this.#x = x; A.#count++; }
  #priv() { return this.#x * 2; }
  get dbl() { return this.#priv(); }
  static get count() { return A.#count; }
  static has(o) { return #x in o; }
  static { this.seen = A.#count; }
  get #y() { return 1; }
  set #y(v) {}
}
class B extends A { constructor() { super(21); } get dbl() { return super.dbl + 1; } toString() { return `B(${this.dbl})`; } }
console.log(new B().dbl, A.count, A.has(new B()), A.has({}), `${new B()}`, A.seen);
