console.log({ a: 1 }, [2], 'str', 3, { b: { c: { d: { e: 1 } } } });
console.log('%s', 'x', { y: 1 });
