const util = require('util');
const o = { a: { b: { c: { d: { e: { f: {} } } } } } };
console.log(util.format('%O', o));
console.log(util.format('%o', o));
console.log(util.format('%O %O', 1, 'two'));
console.log(util.format('%o', [1, [2, [3, [4, [5, [6]]]]]]));
