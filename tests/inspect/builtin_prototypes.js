const util = require('util');
console.log([function () {}.prototype]);
console.log(Object.prototype, Array.prototype, Function.prototype);
console.log(Map.prototype, Set.prototype, Error.prototype);
console.log(Math, JSON, globalThis === undefined);
console.log(Symbol.prototype, Number.prototype, String.prototype, Boolean.prototype);
console.log(Reflect);
console.log([].values().__proto__);
