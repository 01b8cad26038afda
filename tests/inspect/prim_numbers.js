console.log(0, -0, 1.5, -1e21, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log([0, -0, NaN, -Infinity]);
console.log({ z: -0, n: 123456789012345680000 });
console.log(0.1 + 0.2, 2 ** 53, -(2 ** 31));
