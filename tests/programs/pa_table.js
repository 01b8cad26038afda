const people = [
  { name: 'Alice', age: 30, city: 'Paris' },
  { name: 'Bob', age: 4, email: 'bob@x.io' },
  { name: 'Chloé', age: 102, city: 'Zürich', nested: { a: 1 } },
];
console.table(people);
console.table(people, ['name', 'city']);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { d: 'x' } });
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set(['a', 'b']));
console.table([1, 'two', { three: 3 }]);
console.table('not tabular');
console.table([]);
console.table([{ s: 'quote\'d', u: undefined, n: null, f() {}, arr: [1, 2, 3] }]);
console.table({});
console.table([{ a: 1 }, { b: 2 }], ['b']);
