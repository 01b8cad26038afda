// String.prototype.search and Symbol.search
console.log('abc'.search(/c/), 'abc'.search('b'), 'abc'.search(/z/), 'aaa'.search(/a/g));
const r = /b/g; r.lastIndex = 2;
console.log('abcb'.search(r), r.lastIndex);
console.log('a.c'.search('.'), 'x'.search(), 'ABC'.search(/b/i));
console.log('x'.search({ [Symbol.search]: () => 42 }));
