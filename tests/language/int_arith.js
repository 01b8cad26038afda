// Integer arithmetic at the int32 boundaries: results must turn into
// doubles exactly where a double would be, never wrap.
const max = 2147483647, min = -2147483648;
console.log(max + 1, min - 1, max * 2, min * -1, -min, max * max, min * min);
console.log(0 * -1, -0 + 0, 0 - 0, -0 - 0, 5 % 5, -5 % 5, Object.is(-5 % 5, -0), Object.is(0 * -7, -0));
console.log(7 / 7, 1 / 3 * 3, 6 / 4, -7 / 2, (max + 1) / 2, Math.floor(-7 / 2));
let x = max;
x++;
console.log(x, x | 0);
let y = min;
y--;
console.log(y, y >>> 0);
let acc = 1;
for (let i = 0; i < 40; i++) acc *= 3;
console.log(acc, acc % 1000, 2 ** 31, 2 ** 32, 2 ** -1, (-2) ** 31);
let sum = 0;
for (let i = 0; i < 100000; i++) sum += i * i;
console.log(sum);
console.log(9007199254740993, 9007199254740992 + 1, 0.1 * 10, 1e16 + 1, 123456789 * 987654321);
console.log(-(-0), -(0), Math.abs(-0), 1 / Math.abs(-0), [-0].includes(0), [-0].indexOf(0));
console.log(17 % 5.5, -17 % 5.5, 2 ** 0.5, 10 ** 21, 0.5 ** -2);
