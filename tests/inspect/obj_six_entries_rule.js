// compact 3 groups at most 6 entries on a line when the output is short
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
console.log({ a: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 } });
console.log([{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }]);
