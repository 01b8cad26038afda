const util = require('util');
const o = { alpha: 1, beta: 'two', gamma: [3, 4], delta: { e: 5 } };
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { breakLength: Infinity }));
console.log(util.inspect(o, { breakLength: 40 }));
console.log(util.inspect([1, 2, 3, 'four', 'five'], { breakLength: 10 }));
