const data = { a: [1, 2, 3], b: { c: 'text' } };
console.group('outer');
console.log(data);
console.group('inner');
console.log(Array.from({ length: 12 }, (_, i) => 'item' + i));
console.dir(data, { depth: 0 });
console.groupEnd();
console.log('%s and %d', 'fmt', 7);
console.groupEnd();
