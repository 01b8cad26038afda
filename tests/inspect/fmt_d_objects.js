const util = require('util');
console.log(util.format('%d', [1]), util.format('%d', [1, 2]), util.format('%d', true), util.format('%d', ''));
console.log(util.format('%d', new Number(5)), util.format('%i', '0x1f'), util.format('%f', '1e3'));
console.log(util.format('%d', 1e21), util.format('%i', 1e21), util.format('%f', Infinity));
