// more than 6 entries: node groups short items into aligned columns
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1.5, -2, 300, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(Array.from({ length: 10 }, (_, i) => i * 1000));
console.log(['a', 'bb', 'ccc', 'dddd', 'e', 'ff', 'g', 'hhhhhhh']);
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log([true, false, true, false, true, false, true, false]);
console.log(Array.from({ length: 8 }, (_, i) => 'x'.repeat(i * 3)));
console.log(Array.from({ length: 12 }, (_, i) => (i % 2 ? i : String(i))));
