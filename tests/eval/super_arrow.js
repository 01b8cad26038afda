class A { constructor(x) { this.x = x; } }
class B extends A {
  constructor() {
    const init = (v) => super(v);
    const later = () => this.x * 2;
    init(21);
    console.log(this.x, later());
    try { init(1); } catch (e) { console.log(e.constructor.name, e.message); }
  }
}
new B();
class C extends A {
  constructor() {
    const f = () => () => super(5);
    f()();
    console.log(this.x);
  }
}
new C();
class D extends A {
  constructor() {
    const g = () => this;
    try { g(); } catch (e) { console.log(e.constructor.name, e.message); }
    super(1);
    console.log(g().x);
  }
}
new D();
class E extends A { y = 7; constructor() { (() => super(3))(); console.log(this.y, this.x); } }
