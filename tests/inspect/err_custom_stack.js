const e = new Error('msg');
e.stack = 'Error: msg\n    at somewhere (file.js:1:1)';
console.log(e);
console.log({ e });
console.log([e]);
