const util = require('util');
console.log(JSON.stringify(util.inspect({ a: 1 }, false, 2, true)));
console.log(JSON.stringify(util.inspect('s', { colors: false })));
