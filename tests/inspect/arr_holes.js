console.log([, 1]);
console.log([1, , 3]);
console.log([1, , , , 5]);
console.log(new Array(5));
console.log([, , ]);
const a = [1, 2, 3]; a[10] = 4;
console.log(a);
console.log(new Array(1));
