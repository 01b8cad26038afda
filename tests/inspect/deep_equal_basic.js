const { isDeepStrictEqual: eq } = require('util');
console.log(eq(1, 1), eq(1, '1'), eq(NaN, NaN), eq(0, -0), eq(-0, -0));
console.log(eq({ a: 1 }, { a: 1 }), eq({ a: 1 }, { a: 1, b: undefined }), eq([1, 2], [1, 2]));
console.log(eq([1, , 3], [1, undefined, 3]), eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(eq(new Number(1), new Number(1)), eq(new Number(1), new Number(2)), eq(new String('a'), 'a'));
console.log(eq(Object.create(null), {}), eq([], {}), eq(null, undefined));
