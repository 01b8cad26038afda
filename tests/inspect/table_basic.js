console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
