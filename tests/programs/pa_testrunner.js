const assert = require('assert');
const results = [];
function test(name, fn) {
  try { fn(); results.push({ name, ok: true }); console.log(`  ✓ ${name}`); }
  catch (e) { results.push({ name, ok: false }); console.log(`  ✗ ${name}`); console.log(e.message.split('\n').map(l => '      ' + l).join('\n')); }
}
const cart = { items: [{ sku: 'A1', qty: 2, price: 9.99 }, { sku: 'B2', qty: 1, price: 24.5 }], coupon: null };
const total = c => +c.items.reduce((s, i) => s + i.qty * i.price, 0).toFixed(2);
console.log('Cart tests');
test('total is computed', () => assert.strictEqual(total(cart), 44.48));
test('total wrong on purpose', () => assert.strictEqual(total(cart), 44.5));
test('items shape', () => assert.deepStrictEqual(cart.items[0], { sku: 'A1', qty: 2, price: 9.99 }));
test('items shape mismatch', () => assert.deepStrictEqual(cart.items, [{ sku: 'A1', qty: 3, price: 9.99 }, { sku: 'B2', qty: 1, price: 24.5 }]));
test('coupon missing', () => assert.equal(cart.coupon, undefined));
test('coupon strict', () => assert.strictEqual(cart.coupon, undefined));
test('throws on bad sku', () => assert.throws(() => { throw new RangeError('Unknown SKU: Z9'); }, { name: 'RangeError', message: /SKU/ }));
test('throws wrong type', () => assert.throws(() => { throw new TypeError('oops'); }, RangeError));
test('no throw', () => assert.doesNotThrow(() => total(cart)));
test('array lengths', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
test('nested objects', () => assert.deepStrictEqual({ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } }));
test('string vs number', () => assert.deepEqual({ n: 1 }, { n: '1' }));
test('deepEqual loose fail', () => assert.deepEqual({ n: 1 }, { n: 2 }));
test('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
test('map compare', () => assert.deepStrictEqual(new Map([['x', 1], ['y', 2]]), new Map([['x', 1], ['y', 3]])));
test('set compare', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
test('ok with message', () => assert.ok(cart.items.length > 5, 'expected more than five items'));
test('ok expression', () => assert.ok(cart.items.length > 5));
test('notStrictEqual objects', () => assert.notStrictEqual(cart, cart));
test('long strings', () => assert.strictEqual('a'.repeat(30) + 'X' + 'b'.repeat(30), 'a'.repeat(30) + 'Y' + 'b'.repeat(30)));
test('numbers', () => assert.strictEqual(0.1 + 0.2, 0.3));
test('NaN equal', () => assert.deepStrictEqual([NaN], [NaN]));
test('-0 vs 0', () => assert.strictEqual(-0, 0));
test('types differ', () => assert.strictEqual(1, '1'));
test('fail', () => assert.fail('boom'));
test('match', () => assert.match('abc', /^\d+$/));
test('doesNotMatch', () => assert.doesNotMatch('123', /^\d+$/));
const passed = results.filter(r => r.ok).length;
console.log(`\n${passed} passing, ${results.length - passed} failing`);
