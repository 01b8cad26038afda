const { a: { b } } = {};
