const a = [1, 2, 3];
console.log(a[Symbol.iterator]());
console.log(a.keys(), a.entries(), a.values());
