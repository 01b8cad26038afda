const util = require('util');
const o = { z: { c: 1, b: 2, a: 3 }, y: [3, 2, 1], x: new Set(['q', 'p']), w: new Map([['n', 1], ['m', 2]]) };
console.log(util.inspect(o, { sorted: true }));
const arr = [3, 1, 2];
arr.b = 1; arr.a = 2;
console.log(util.inspect(arr, { sorted: true }));
