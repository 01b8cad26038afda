const e = new Error('boom');
delete e.stack;
e.stack = undefined;
console.log(e);
const t = new TypeError('bad type');
t.stack = '';
console.log(t);
console.log([t]);
