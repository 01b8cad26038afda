console.log([1.5, 2.25, 3.125, 4.0625, 5, 6, 7, 8, 9, 10.5, -11, 12]);
console.log(Array.from({ length: 12 }, (_, i) => -i));
console.log([NaN, Infinity, -Infinity, 0, -0, 1, 2, 3]);
