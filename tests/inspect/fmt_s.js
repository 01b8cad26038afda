const util = require('util');
console.log(util.format('%s', 'str'), util.format('%s', 42), util.format('%s', -0));
console.log(util.format('%s', { a: 1 }), util.format('%s', [1, [2]]));
console.log(util.format('%s', null), util.format('%s', undefined), util.format('%s', Symbol('q')));
console.log(util.format('%s', { a: { b: { c: 1 } } }));
console.log(util.format('%s', new Error('err').message));
class X { toString() { return 'custom X'; } }
console.log(util.format('%s', new X()));
console.log(util.format('%s', function foo() {}));
console.log(util.format('%s', () => {}));
console.log(util.format('%s', 1.5), util.format('%s', 'a', 'extra'));
