const o = { a: 'short', b: { c: 'x'.repeat(70) } };
console.log(o);
console.log([[1, 2, [3, 4, { five: 'x'.repeat(60) }]]]);
