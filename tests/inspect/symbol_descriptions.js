console.log(Symbol('with space'), Symbol('it\'s'), Symbol('new\nline'));
console.log({ [Symbol('it\'s')]: 1, [Symbol('a\nb')]: 2 });
console.log([Symbol.asyncIterator, Symbol.hasInstance]);
