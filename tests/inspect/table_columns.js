console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['c', 'a']);
console.table([{ a: 1 }], ['missing']);
