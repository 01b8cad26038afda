const e = new Error('x');
e.stack = 42;
console.log(e);
const e2 = new Error('y');
e2.stack = { not: 'a string' };
console.log(e2);
