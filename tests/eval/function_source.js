// Function.prototype.toString gives a closure's source text.
function f(a, b) { return a + b; }
const arrow = (x) => x * 2;
class Q { m() { return 1; } static #p() {} static p() { return Q.#p; } get g() { return 2; } }
console.log(f.toString());
console.log(String(arrow), `${Q}`);
console.log(Q.prototype.m.toString(), Q.p().toString());
console.log(Object.getOwnPropertyDescriptor(Q.prototype, 'g').get.toString());
console.log(Math.max.toString(), (function () {}).bind(null).toString());
