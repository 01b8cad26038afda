const util = require('util');
console.log(util.inspect({ a: [1, 2, 3, 4], s: new Set([1, 2, 3]) }, { maxArrayLength: 2 }));
console.log(util.inspect([[1, 2, 3], [4, 5, 6]], { maxArrayLength: 1 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect({ m: new Map([['abcdef', 'ghijkl']]) }, { maxStringLength: 3 }));
