// util.isDeepStrictEqual on Map and Set, boxed primitives and errors
const util = require('util');
const assert = require('assert');
function loose(a, b) { try { assert.deepEqual(a, b); return true; } catch (e) { return false; } }
const rows = [
  ['set order', new Set([1, 2, 3]), new Set([3, 2, 1])],
  ['set differ', new Set([1, 2]), new Set([1, 3])],
  ['set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['set loose', new Set([1]), new Set(['1'])],
  ['set size', new Set([1]), new Set([1, 2])],
  ['map same', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  ['map value', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['map obj keys', new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']])],
  ['map loose', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map vs set', new Map(), new Set()],
  ['map prop', Object.assign(new Map(), { x: 1 }), new Map()],
  ['boxed num', new Number(1), new Number(1)],
  ['boxed num diff', new Number(1), new Number(2)],
  ['boxed vs prim', new Number(1), 1],
  ['boxed str', new String('ab'), new String('ab')],
  ['boxed bool', new Boolean(true), new Boolean(false)],
  ['errors same', new Error('x'), new Error('x')],
  ['errors message', new Error('x'), new Error('y')],
  ['errors type', new Error('x'), new TypeError('x')],
  ['error vs object', new Error('x'), { message: 'x' }],
  ['error props', Object.assign(new Error('x'), { code: 1 }), new Error('x')],
];
for (const [name, a, b] of rows) {
  console.log(name.padEnd(16), util.isDeepStrictEqual(a, b), loose(a, b));
}
