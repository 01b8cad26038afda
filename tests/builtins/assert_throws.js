// assert.throws with each kind of expectation
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator);
    console.log(JSON.stringify(e.message));
  }
}
const boom = () => { throw new TypeError('boom'); };
check(() => assert.throws(boom));
check(() => assert.throws(boom, TypeError));
check(() => assert.throws(boom, Error));
check(() => assert.throws(boom, RangeError));
check(() => assert.throws(() => { throw 'str'; }, TypeError));
check(() => assert.throws(boom, { name: 'TypeError', message: 'boom' }));
check(() => assert.throws(boom, { message: 'other' }));
check(() => assert.throws(boom, { name: 'TypeError', message: 'other' }));
check(() => assert.throws(boom, new TypeError('boom')));
check(() => assert.throws(boom, (e) => e instanceof TypeError));
check(() => assert.throws(boom, (e) => false));
check(() => assert.throws(boom, function validate() { return 'yes'; }));
check(() => assert.throws(() => { throw 5; }, { a: 1 }));
check(() => assert.throws(() => {}));
check(() => assert.throws(() => {}, TypeError));
check(() => assert.throws(() => {}, TypeError, 'should throw'));
check(() => assert.throws(() => {}, 'just a message'));
check(() => assert.throws(boom, 'boom'));
check(() => assert.throws(boom, {}));
check(() => assert.throws(boom, 5));
check(() => assert.throws('not a function'));
check(() => assert.throws(boom, RangeError, 'custom'));
class MyError extends Error {}
check(() => assert.throws(() => { throw new MyError('mine'); }, MyError));
check(() => assert.throws(() => { throw new Error('plain'); }, MyError));
