const util = require('util');
console.log(util.format('%c styled %c', 'color: red', 'x'));
console.log(util.format('100%%'), util.format('%% %s', 'a'));
console.log(util.format('%'), util.format('%x', 1), util.format('a%', 1));
console.log(util.format('%%s', 'no'));
