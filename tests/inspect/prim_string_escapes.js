const util = require('util');
console.log(util.inspect('tab\there'));
console.log(util.inspect('nl\nline'));
console.log(util.inspect('cr\rb\bf\fv\v'));
console.log(util.inspect('nul\0x\x01\x1f\x7f'));
console.log(util.inspect('back\\slash'));
console.log(util.inspect('\u00e9\u4e2d\ud83d\ude00'));
console.log(util.inspect('lone \ud800 surrogate \udc00'));
