const util = require('util');
console.log(util.format('%j', [undefined, function () {}, Symbol('s')]));
console.log(util.format('%j', { u: undefined, n: null, nested: { d: [1, { e: 2 }] } }));
console.log(util.format('%j', 'it\'s "quoted"'));
console.log(util.format('%j', NaN), util.format('%j', -0));
