const assert = require('assert').strict;
assert.equal('hello', 'hallo');
