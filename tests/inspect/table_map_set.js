console.table(new Map([['a', 1], ['b', { x: 2 }]]));
console.table(new Set(['x', 'y']));
