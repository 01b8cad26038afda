console.log([]);
console.log([[]]);
console.log([[], {}]);
console.log([1, [2, [3, [4, [5]]]]]);
