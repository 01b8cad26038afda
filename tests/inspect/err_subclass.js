class MyError extends Error {}
const e = new MyError('sub');
e.stack = 'Error: sub\n    at z';
console.log(e);
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
const v = new ValidationError('invalid');
v.stack = 'ValidationError: invalid\n    at w';
console.log(v);
