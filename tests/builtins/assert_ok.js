// assert.ok / assert(): messages quote the source of the call
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) {
    console.log(e.name, e.code, e.generatedMessage, e.operator, e.actual, e.expected);
    console.log(JSON.stringify(e.message));
  }
}
check(() => assert.ok(true));
check(() => assert(1));
check(() => assert.ok(false));
check(() => assert(0));
check(() => assert(''));
check(() => assert.ok(null, 'custom message'));
check(() => assert.ok());
check(() => assert(1 > 2));
check(() => assert.ok(typeof 123 === 'string'));
check(() => { const value = undefined; assert(value,
      undefined); });
check(() => assert.ok(false, new TypeError('own error')));
check(() => assert.strict(0));
check(() => assert.ok([].length));
