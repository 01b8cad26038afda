const util = require('util');
console.log(util.format('x', 'it\'s'), util.format('x', ['it\'s']));
console.log('a', "b'c", ["b'c"]);
