const e = new Error('with props');
e.stack = 'Error: with props\n    at f (x.js:2:3)';
e.code = 'E_CODE';
e.errno = 42;
console.log(e);
console.log({ nested: e });
