const assert = require('assert');
function add(a, b) { return a + b; }
assert.strictEqual(add(2, 2), 4);
console.log('first passed');
assert.deepStrictEqual({ sum: add(1, 1), items: [1, 2] }, { sum: 3, items: [1, 2] });
