// assert.doesNotThrow
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator);
    console.log(JSON.stringify(e.message));
  }
}
const boom = () => { throw new TypeError('boom'); };
check(() => assert.doesNotThrow(() => 1));
check(() => assert.doesNotThrow(boom));
check(() => assert.doesNotThrow(boom, 'with message'));
check(() => assert.doesNotThrow(boom, TypeError));
check(() => assert.doesNotThrow(boom, TypeError, 'typed'));
check(() => assert.doesNotThrow(boom, RangeError));
check(() => assert.doesNotThrow(boom, (e) => true));
check(() => assert.doesNotThrow(() => { throw 7; }));
check(() => assert.doesNotThrow(boom, 5));
check(() => assert.doesNotThrow(42));
