const e = new Error('only');
e.stack = 'Error: only';
console.log(e);
console.log({ a: e });
console.log(require('util').inspect(e));
