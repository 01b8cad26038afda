const c = new Error('inner');
c.stack = 'Error: inner\n    at inner';
const e = new Error('outer', { cause: c });
e.stack = 'Error: outer\n    at outer';
console.log(e);
const e2 = new Error('x', { cause: 'str cause' });
e2.stack = 'Error: x\n    at q';
console.log(e2);
