const util = require('util');
console.log(util.inspect({ a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], s: new Set([1]), m: new Map(), e: {} }, { compact: false }));
console.log(util.inspect([{ a: 'x' }, 'y'], { compact: false, breakLength: 200 }));
console.log(util.inspect({ long: 'line1\nline2' }, { compact: false }));
