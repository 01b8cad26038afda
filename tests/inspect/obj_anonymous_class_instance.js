const C = class {};
console.log(new C());
const D = (() => class {})();
console.log(new D());
function F() { this.v = 1; }
console.log(new F());
const G = function () { this.w = 2; };
console.log(new G());
