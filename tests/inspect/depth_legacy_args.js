const util = require('util');
const o = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect(o, false, 0));
console.log(util.inspect(o, false, null));
console.log(util.inspect(o, true, 1));
