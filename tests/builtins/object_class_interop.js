class A { constructor() { this.a = 1; } m() { return 'm'; } static s() { return 's'; } }
class B extends A { constructor() { super(); this.b = 2; } }
const b = new B();
console.log(Object.keys(b), Object.getPrototypeOf(b) === B.prototype, Object.getPrototypeOf(B) === A);
console.log(Object.getOwnPropertyNames(A.prototype), Object.keys(A.prototype));
console.log(Object.getOwnPropertyNames(A).sort());
class C extends Object { constructor() { super(); this.c = 3; } }
const c = new C();
console.log(c.c, c instanceof C, c instanceof Object, Object.getPrototypeOf(c) === C.prototype);
console.log(Object.entries(Object.assign(new B(), { extra: true })));
