// console.table: objects, arrays, primitives, property filter, Map, Set
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([1, 'two', { a: 3 }]);
console.table({ r1: { x: 1 }, r2: { y: [1, 2, 3, 4] } });
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2 }], ['b']);
console.table(new Map([['k', { v: 1 }], ['k2', 2]]));
console.table(new Set(['s1', 's2']));
console.table('not tabular');
console.table([]);
console.table([{ name: '日本', n: { deep: { x: 1 }, more: 2, third: 3 } }]);
