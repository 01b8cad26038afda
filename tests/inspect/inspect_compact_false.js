const util = require('util');
const o = { a: 1, b: { c: [1, 2], d: 'x' }, e: [] };
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect([1, [2, 3]], { compact: false }));
console.log(util.inspect(new Map([[1, { a: 1 }]]), { compact: false }));
console.log(util.inspect({}, { compact: false }));
console.log(util.inspect('str', { compact: false }));
