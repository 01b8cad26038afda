// util.isDeepStrictEqual on objects: prototypes, keys, symbols, arrays, holes
const util = require('util');
const assert = require('assert');
function loose(a, b) { try { assert.deepEqual(a, b); return true; } catch (e) { return false; } }
const sym = Symbol('k');
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
const f = function () {};
const rows = [
  ['empty', {}, {}],
  ['same keys', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['value type', { a: 1 }, { a: '1' }],
  ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['nested', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 2] } } }],
  ['nested diff', { a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } }],
  ['protos', new A(), new B()],
  ['proto vs plain', new A(), { x: 1 }],
  ['null proto', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ['symbol key', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol missing', { [sym]: 1 }, {}],
  ['non-enumerable', Object.defineProperty({}, 'h', { value: 1 }), {}],
  ['arrays', [1, 2, 3], [1, 2, 3]],
  ['array length', [1, 2], [1, 2, 3]],
  ['array vs object', [1], { 0: 1, length: 1 }],
  ['holes', [1, , 3], [1, , 3]],
  ['hole vs undefined', [1, , 3], [1, undefined, 3]],
  ['array extra prop', Object.assign([1], { p: 1 }), [1]],
  ['same function', { f }, { f }],
  ['other function', { f }, { f: function () {} }],
  ['-0 inside', [0], [-0]],
  ['NaN inside', { n: NaN }, { n: NaN }],
  ['arguments', (function () { return arguments; })(1), [1]],
];
for (const [name, a, b] of rows) {
  console.log(name.padEnd(18), util.isDeepStrictEqual(a, b), loose(a, b));
}
const c1 = { name: 'c' }; c1.self = c1;
const c2 = { name: 'c' }; c2.self = c2;
const c3 = { name: 'c', self: { name: 'c' } };
console.log('cycles', util.isDeepStrictEqual(c1, c2), util.isDeepStrictEqual(c1, c3));
