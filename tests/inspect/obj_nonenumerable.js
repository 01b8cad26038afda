const o = { a: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
console.log(o);
console.log(require('util').inspect(o, { showHidden: true }));
