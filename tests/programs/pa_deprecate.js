// deprecation warnings are printed from a nextTick, the hint only once
const util = require('util');
const assert = require('assert');
const oldApi = util.deprecate((a, b) => a + b, 'oldApi() is deprecated, use add()', 'DEP_PA1');
const other = util.deprecate(function other() { return 'other'; }, 'other() is going away');
console.log(oldApi(1, 2), oldApi(3, 4), other(), oldApi.name, other.name);
try { assert.fail(1, 2); } catch (e) { console.log(e.message, e.operator); }
try { assert.fail(1, 2, 'custom', '>'); } catch (e) { console.log(e.message, e.operator); }
console.error('sync stderr first');
setTimeout(() => { throw new Error('end of deprecations'); }, 0);
