// console.dir options: sorted, compact, breakLength, maxArrayLength, maxStringLength, showHidden
console.dir({ c: 1, a: 2, b: 3 }, { sorted: true });
console.dir({ a: [1, 2, 3], b: { c: 1 } }, { compact: false });
console.dir({ a: [1, 2, 3], b: { c: 1 } }, { breakLength: 10 });
console.dir([1, 2, 3, 4, 5], { maxArrayLength: 2 });
console.dir('abcdefghij', { maxStringLength: 4 });
console.dir([1, 2], { showHidden: true });
console.dir({ a: { b: { c: {} } } }, { compact: 1 });
console.dir({ a: 1, b: 'x' }, { compact: true, breakLength: 5 });
