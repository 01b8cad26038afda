function f() {}
Object.setPrototypeOf(f, null);
console.log(f);
class C {}
Object.setPrototypeOf(C, null);
console.log(C);
