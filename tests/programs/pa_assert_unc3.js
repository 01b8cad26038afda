const assert = require('assert');
assert(1 + 1 === 3);
