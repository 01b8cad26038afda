const s = 'ab'[Symbol.iterator]();
console.log(s);
console.log([s]);
