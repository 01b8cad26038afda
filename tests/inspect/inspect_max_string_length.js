const util = require('util');
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect(['abcdefghij'], { maxStringLength: 0 }));
console.log(util.inspect({ s: 'x'.repeat(50) }, { maxStringLength: 10 }));
console.log(util.inspect('short', { maxStringLength: 10 }));
console.log(util.inspect('abc', { maxStringLength: null }));
