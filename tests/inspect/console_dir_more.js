console.dir([1, [2, [3, [4]]]]);
console.dir(new Map([[{ a: { b: { c: 1 } } }, 1]]));
console.dir({ s: 'str' }, { colors: false });
console.dir(null);
console.dir(undefined);
console.dir(Symbol('d'));
