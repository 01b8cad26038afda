// clz32, imul, fround, hypot
console.log([0, 1, 2, 0x80000000, -1, 0.5, 2 ** 32, NaN, 255].map(Math.clz32).join(' '));
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(1.9, 2.9));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(NaN));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200), Math.hypot(0, -0));
console.log(Math.abs(-7.25), Math.abs('-3'), Math.abs(null), Math.abs([]), Math.abs({}));
console.log(Math.clz32.length, Math.imul.length, Math.hypot.length, Math.atan2.length, Math.random.length);
