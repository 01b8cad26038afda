const assert = require('assert');
assert.ok([].length, 'array should not be empty');
