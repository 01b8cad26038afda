// an uncaught MODULE_NOT_FOUND error
console.log('start');
require('no-such-module');
console.log('not reached');
