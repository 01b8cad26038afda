// an uncaught AssertionError: node's header line on stderr
const assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
