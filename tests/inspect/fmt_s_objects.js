const util = require('util');
console.log(util.format('%s', { a: { b: 1 }, c: [1, 2, 3] }));
console.log(util.format('%s', [[1, [2]], { x: {} }]));
console.log(util.format('%s', new Map([[1, { a: 1 }]])));
console.log(util.format('%s', new Set([[1]])));
console.log(util.format('%s', Object.create(null)));
const e = new Error('fmt'); e.stack = 'Error: fmt\n    at q';
console.log(util.format('%s', e));
console.log(util.format('%s', { toString() { return 'own toString'; } }));
class T { toString() { return 'class toString'; } }
console.log(util.format('%s', [new T()]));
