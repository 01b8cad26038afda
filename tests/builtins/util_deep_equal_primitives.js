// util.isDeepStrictEqual on primitives and loose vs strict (assert.deepEqual)
const util = require('util');
const assert = require('assert');
function loose(a, b) { try { assert.deepEqual(a, b); return true; } catch (e) { return false; } }
const pairs = [
  [1, 1], [1, '1'], [0, -0], [-0, -0], [NaN, NaN], [NaN, 0], [null, undefined], [null, null],
  [undefined, undefined], ['a', 'a'], ['a', 'b'], [true, 1], [false, 0], [false, ''], ['', 0],
  [Symbol.for('x'), Symbol.for('x')], [Symbol('x'), Symbol('x')], [1, {}], [null, {}],
  [Infinity, Infinity], [Infinity, -Infinity], ['1', 1.0], [2, 2.0],
];
for (const [a, b] of pairs) {
  console.log(util.inspect(a), util.inspect(b), util.isDeepStrictEqual(a, b), loose(a, b));
}
