console.log({ a: { b: 'x'.repeat(75) }, c: 1 });
console.log([{ a: 'short' }, { b: 'y'.repeat(76) }]);
