const util = require('util');
console.log(util.inspect(123), util.inspect(-0), util.inspect(null), util.inspect(undefined));
console.log(util.inspect(true), util.inspect(false));
console.log([null, undefined, true, false]);
