console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: [3], d: { e: 4 } });
