const assert = require('assert');
assert.throws(() => { throw new Error('wrong message'); }, /expected/);
