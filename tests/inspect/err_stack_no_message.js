const e = new Error();
e.stack = 'Error\n    at a';
console.log(e);
const e2 = new Error('');
e2.stack = 'Error';
console.log(e2);
