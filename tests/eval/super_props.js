class A {
  constructor() { this.v = 'A'; }
  get who() { return 'A.who'; }
  static sm() { return 'A.sm'; }
  hello() { return 'hello from A (' + this.v + ')'; }
}
class B extends A {
  constructor() { super(); this.v = 'B'; }
  get who() { return 'B>' + super.who; }
  static sm() { return 'B>' + super.sm(); }
  hello() { const f = () => super.hello(); return f() + '!'; }
  setViaSuper() { super.newProp = 5; return this.newProp; }
}
const b = new B();
console.log(b.who, B.sm(), b.hello(), b.setViaSuper());
const base = { greet() { return 'base'; } };
const derived = { __proto__: base, greet() { return 'derived>' + super.greet(); } };
console.log(derived.greet());
class C extends B { hello() { return 'C>' + super.hello(); } }
console.log(new C().hello());
class Counter { static count = 0; static inc() { return ++this.count; } }
class Sub extends Counter {}
console.log(Counter.inc(), Sub.inc(), Counter.count, Sub.count);
