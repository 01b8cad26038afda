const util = require('util');
console.log(util.format('%o', { a: { b: { c: { d: { e: 1 } } } } }));
console.log(util.format('%O', { a: { b: { c: { d: { e: 1 } } } } }));
console.log(util.format('%o', [1, 2]));
console.log(util.format('%o', 'str'));
console.log(util.format('%O', 'str'));
const f = () => {};
console.log(util.format('%o', f));
