// console.table gathers columns as keys of one object: integer keys come
// first in ascending order, whichever row introduced them.
console.table([{ 13: 'a', 5: 'b', name: 'x' }, ['p', 'q', 'r', 's', 't', 'u'], { 2: 'c', z: 1 }]);
console.table({ r1: { b: 1, 10: 2 }, r2: { a: 3, 1: 4, 0: 5 } });
console.table([{ x: 1, 3: 2 }, { 1: 3 }], ['x', '3', '1']);
