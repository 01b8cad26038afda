console.log([1, 'two', null, undefined, true, Symbol('s')]);
console.log({ a: 'it\'s', b: "q\"", c: 1.25 });
