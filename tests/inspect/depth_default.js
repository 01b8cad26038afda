const o = { a: { b: { c: { d: { e: 1 } } } } };
console.log(o);
console.log([[[[[1]]]]]);
console.log({ a: [{ b: { c: {} } }] });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
