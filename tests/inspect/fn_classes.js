class A {}
class B extends A {}
const C = class {};
const D = class Named {};
console.log(A, B, C, D);
console.log([A, B]);
console.log(class extends A {});
console.log({ A });
