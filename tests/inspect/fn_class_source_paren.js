// node calls a function a class from its source text: `class`, then a '{'
// before any '(' (comments ignored) -- so a parenthesised heritage is a
// plain [Function: ...].
console.log(class Named extends (class Base {}) { static x = 1; });
console.log(class /* ( */ A {}, class A extends Object {}, class B extends (Object) {});
console.log(class // (
  C {});
const mixin = (x) => class extends x {};
console.log(mixin(Array), class {}, class X extends Array /* ( */ {});
console.log([class extends (mixin(Map)) {}]);
