// equal / notEqual / strictEqual / notStrictEqual messages
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator);
    console.log(JSON.stringify(e.message));
  }
}
check(() => assert.equal(1, '1'));
check(() => assert.equal(NaN, NaN));
check(() => assert.equal(1, 2));
check(() => assert.equal('a', 'b', 'my message'));
check(() => assert.notEqual(1, '1'));
check(() => assert.notEqual(1, 2));
check(() => assert.strictEqual(1, 1));
check(() => assert.strictEqual(NaN, NaN));
check(() => assert.strictEqual(1, 2));
check(() => assert.strictEqual(1, '1'));
check(() => assert.strictEqual('a', 'b'));
check(() => assert.strictEqual(0, -0));
check(() => assert.strictEqual(-0, 0));
check(() => assert.strictEqual(true, false));
check(() => assert.strictEqual(null, undefined));
check(() => assert.strictEqual('hello world', 'hello there'));
check(() => assert.strictEqual('a fairly long string value', 'another long string value!'));
check(() => assert.strictEqual({ a: 1 }, { a: 1 }));
check(() => assert.strictEqual([1, 2], [1, 3]));
check(() => assert.strictEqual(1, 2, 'values differ'));
check(() => assert.strictEqual(1, 2, new RangeError('own')));
check(() => assert.notStrictEqual(1, 2));
check(() => assert.notStrictEqual(1, 1));
check(() => assert.notStrictEqual('abcdef', 'abcdef'));
check(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
const o = { a: 1 };
check(() => assert.notStrictEqual(o, o));
check(() => assert.strictEqual(1));
check(() => assert.equal());
