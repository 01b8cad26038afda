const util = require('util');
const o = { a: 1, b: { c: [1, 2], d: 'x' }, e: [] };
console.log(util.inspect(o, { compact: true }));
const big = {};
for (let i = 0; i < 15; i++) big['k' + i] = 'value' + i;
console.log(util.inspect(big, { compact: true }));
console.log(util.inspect({ a: { b: { c: 'x'.repeat(80) } } }, { compact: true }));
