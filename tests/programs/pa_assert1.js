const assert = require('assert');
function check(name, fn) {
  try { fn(); console.log(name, 'ok'); }
  catch (e) {
    console.log(name, e.name, e.code, e.operator, e.generatedMessage);
    console.log(e.message);
    console.log('---');
  }
}
check('equal', () => assert.equal(1, '1'));
check('strictEqual', () => assert.strictEqual(1, '1'));
check('strictEqual msg', () => assert.strictEqual(1, 2, 'numbers differ'));
check('deepEqual', () => assert.deepEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }));
check('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
check('deepStrictEqual obj', () => assert.deepStrictEqual({ name: 'x', age: 3, tags: ['a'] }, { name: 'x', age: '3', tags: ['a'] }));
check('notStrictEqual', () => assert.notStrictEqual(5, 5));
check('ok', () => assert.ok(0));
check('assert', () => assert(null, 'custom message'));
check('throws', () => assert.throws(() => { throw new TypeError('bad'); }, TypeError));
check('throws fail', () => assert.throws(() => {}));
check('throws regex', () => assert.throws(() => { throw new Error('boom'); }, /bang/));
check('throws obj', () => assert.throws(() => { throw new Error('boom'); }, { message: 'boom', name: 'Error' }));
check('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('oops'); }));
check('match', () => assert.match('hello', /^h/));
check('match fail', () => assert.match('hello', /^x/));
check('fail', () => assert.fail('explicit'));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual([1], [1]));
check('strict str', () => assert.strictEqual('hello world', 'hello there'));
check('strict multiline', () => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
check('deep arrays', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 0, 6, 7, 8]));
check('maps', () => assert.deepStrictEqual(new Map([['a', 1]]), new Map([['a', 2]])));
check('sets', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 2])));
check('ifError', () => assert.ifError(null));
check('ifError2', () => assert.ifError(new Error('from callback')));
check('notEqual', () => assert.notEqual(1, '1'));
check('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
check('strict -0', () => assert.deepStrictEqual(-0, 0));
check('instances', () => { class A { constructor() { this.v = 1; } } assert.deepStrictEqual(new A(), { v: 1 }); });
const { strict } = require('assert');
check('strict.equal', () => strict.equal(1, '1'));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, e.name, e instanceof Error);
