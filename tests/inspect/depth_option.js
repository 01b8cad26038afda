const util = require('util');
const o = { a: { b: { c: { d: { e: { f: 1 } } } } } };
console.log(util.inspect(o, { depth: 0 }));
console.log(util.inspect(o, { depth: 1 }));
console.log(util.inspect(o, { depth: 4 }));
console.log(util.inspect(o, { depth: null }));
console.log(util.inspect(o, { depth: Infinity }));
console.log(util.inspect([[[]]], { depth: 0 }));
console.log(util.inspect(new Map([[1, { a: { b: 1 } }]]), { depth: 0 }));
