class Point { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Point() } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.log({ a: { b: { c: new Set([1]) } } });
console.log({ a: { b: { c: Object.create(null) } } });
console.log({ a: { b: { c: function f() {} } } });
console.log({ a: { b: { c: new Error('e').message } } });
