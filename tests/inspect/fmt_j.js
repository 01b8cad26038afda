const util = require('util');
console.log(util.format('%j', { a: [1, 'b'] }), util.format('%j', 'str'), util.format('%j', undefined));
const c = {}; c.c = c;
console.log(util.format('%j', c));
console.log(util.format('%j', { toJSON() { return 'tj'; } }));
