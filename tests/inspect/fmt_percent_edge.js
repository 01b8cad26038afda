const util = require('util');
console.log(util.format('%s%s', 'a'));
console.log(util.format('%%%s%%', 'x'));
console.log(util.format('%5d', 3));
console.log(util.format('%-s', 'y'));
console.log(util.format('trailing %', 'z'));
console.log(util.format('%s', '%s', 'nested'));
console.log(util.format('%d%%', 50, 'extra'));
