const util = require('util');
const o = { c: 1, a: 2, b: { z: 1, y: 2 } };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(new Set(['c', 'a', 'b']), { sorted: true }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(o, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
