// module.exports and exports: the same object at first; reassigning either
// only changes that binding.
exports.x = 1;
console.log(module.exports, module.exports.x, this.x);
module.exports = { a: 1 };
console.log(module.exports, exports, this, module.exports === exports);
exports = { b: 2 };
console.log(module.exports, exports, this);
module.exports.fn = function () { return typeof this; };
console.log(module.exports.fn());
function sloppyThis() { return this === globalThis; }
console.log(sloppyThis());
if (module.exports.a === 1) return;
console.log('not reached');
