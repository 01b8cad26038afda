// Number constants and predicates
console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
const vals = [0, -0, 1.5, 2 ** 53, 2 ** 53 - 1, NaN, Infinity, '5', null, 1e300];
console.log(vals.map(Number.isInteger).join(' '));
console.log(vals.map(Number.isSafeInteger).join(' '));
console.log(vals.map(Number.isFinite).join(' '));
console.log(vals.map(Number.isNaN).join(' '));
console.log([NaN, 'abc', '12', undefined, null, {}].map(isNaN).join(' '), [Infinity, '12', null, 'x'].map(isFinite).join(' '));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, typeof NaN, Infinity, -Infinity, undefined);
const d = Object.getOwnPropertyDescriptor(Number, 'MAX_VALUE');
console.log(d.writable, d.enumerable, d.configurable);
NaN = 1; undefined = 2; Infinity = 3;
console.log(NaN, undefined, Infinity);
