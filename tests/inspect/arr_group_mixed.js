console.log([1, 'a', 2, 'bb', 3, 'ccc', 4, 'dddd', 5, 'eeeee']);
console.log([1, 2, 3, 4, 5, 6, 7, 'x', null, undefined, true]);
