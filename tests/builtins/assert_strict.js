// require('assert/strict'): the loose methods become strict
const strict = require('assert/strict');
const assert = require('assert');
console.log(strict === assert.strict, strict.strict === strict, strict.name);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.throws === assert.throws, strict.AssertionError === assert.AssertionError);
try { strict.equal(1, '1'); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { strict(false); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
assert.equal(1, '1');
assert.deepEqual({ a: 1 }, { a: '1' });
console.log('loose assert accepts 1 == "1"');
