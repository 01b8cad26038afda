const e = new Error('m');
e.stack = 'Error: m\n    at x';
e.name = 'CustomName';
console.log(e);
const r = new RangeError('r');
r.stack = 'RangeError: r\n    at y';
console.log(r);
