// assert.fail and assert.ifError
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator, e.actual instanceof Error ? "[error]" : e.actual, e.expected);
    console.log(JSON.stringify(e.message));
  }
}
check(() => assert.fail());
check(() => assert.fail('boom'));
check(() => assert.fail(new TypeError('typed')));
check(() => assert.fail(1, 2));
check(() => assert.fail(1, 2, 'three'));
check(() => assert.fail(1, 2, undefined, '>'));
check(() => assert.ifError(null));
check(() => assert.ifError(undefined));
check(() => assert.ifError(new Error('bad thing')));
check(() => assert.ifError('text'));
check(() => assert.ifError(0));
check(() => assert.ifError(new TypeError('')));
