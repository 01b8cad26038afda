console.table([{ a: 1.5, b: -0 }, { a: null, b: undefined }]);
console.table([['x']], ['0']);
console.table({ a: [1, 2], b: [3] });
console.table([{ 'key with space': 'v', 'it\'s': 1 }]);
console.table([{ long: 'a'.repeat(30) }, { long: 'b' }]);
