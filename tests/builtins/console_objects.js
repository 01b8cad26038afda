// plain objects: key quoting, symbols, line breaking at 80 columns
console.log({}, { a: 1 }, { a: 1, b: 'two', c: [3] });
console.log({ 'a-b': 1, $x: 2, _y: 3, 1: 4, [Symbol('s')]: 5, [Symbol()]: 6, 'b c': 7, '': 8 });
console.log({ longpropertyname1: 'value number one', longpropertyname2: 'value number two', x: 1 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18 });
console.log({ __proto__: null, x: 1 }, { ['__proto__']: 1 });
const hidden = { shown: 1 }; Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false }); console.log(hidden);
