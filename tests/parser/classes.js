class A extends B {
  constructor(x) { super(x); this.x = x; }
  m() { return super.m(); }
  static s() {}
  get g() { return 1 }
  set g(v) {}
  static get sg() {}
  [k]() {}
  "str"() {}
  x = 1;
  y;
  static z = 2
  static { this.w = 3 }
  static() {}
  get() {}
}
class C {}
x = class D {};
y = class {};
