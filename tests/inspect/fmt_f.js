const util = require('util');
console.log(util.format('%f', 1.5), util.format('%f', '3.25'), util.format('%f', 'x'), util.format('%f', -0));
console.log(util.format('%f', Symbol('s')), util.format('%f', ''));
