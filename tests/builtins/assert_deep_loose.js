// deepEqual / notDeepEqual (loose) messages
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.generatedMessage, e.operator);
    console.log(e.message);
    console.log('--');
  }
}
check(() => assert.deepEqual({ a: 1 }, { a: '1' }));
check(() => assert.deepEqual([1, 2], ['1', '2']));
check(() => assert.deepEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepEqual(1, 2));
check(() => assert.deepEqual(new Set([1, '2']), new Set(['1', 2])));
check(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check(() => assert.notDeepEqual([1], ['1']));
check(() => assert.notDeepEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'loose message'));
check(() => assert.deepEqual('x'.repeat(600), 'y'));
