console.log({ a: undefined, b: null, c: NaN, d: '' });
console.log([undefined, , null]);
