const e = new Error('deep');
e.stack = 'Error: deep\n    at a (f.js:1:1)\n    at b (f.js:2:2)';
console.log({ a: { b: e } });
console.log({ a: { b: { c: e } } });
