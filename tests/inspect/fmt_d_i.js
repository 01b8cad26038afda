const util = require('util');
console.log(util.format('%d', 42), util.format('%d', '42'), util.format('%d', 1.5), util.format('%d', -0));
console.log(util.format('%d', 'abc'), util.format('%d', {}), util.format('%d', null), util.format('%d'));
console.log(util.format('%i', 42.9), util.format('%i', '-7.5'), util.format('%i', 'x'), util.format('%i', -0.5));
console.log(util.format('%d', Symbol('s')), util.format('%i', Symbol('s')));
console.log(util.format('%d %d', 1));
