const util = require('util');
const o = { a: 1, b: { c: 2, d: { e: 3 } }, f: [4, [5]] };
console.log(util.inspect(o, { compact: 1 }));
console.log(util.inspect(o, { compact: 2 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 2 }));
