// deepStrictEqual: the "+ actual - expected" diff
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator);
    console.log(e.message);
    console.log('--');
  }
}
check(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }));
check(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
check(() => assert.deepStrictEqual(1, '1'));
check(() => assert.deepStrictEqual(1, 2));
check(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
check(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
check(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }));
check(() => assert.deepStrictEqual({ x: { y: { z: 1 } } }, { x: { y: { z: '1' } } }));
check(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
check(() => assert.deepStrictEqual(new Map([['k', 1]]), new Map([['k', 2]])));
check(() => assert.deepStrictEqual([0], [-0]));
check(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom text'));
check(() => assert.deepStrictEqual('actual string', 'expected string'));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check(() => assert.notDeepStrictEqual([1, 2], [1, 2]));
check(() => assert.notDeepStrictEqual(1, 1));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
