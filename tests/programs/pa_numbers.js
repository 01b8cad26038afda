const nums = [0, -0, 1.005, 2.5, -2.5, 123.456, 1e21, 1e-7, 0.1 + 0.2, NaN, Infinity, -Infinity, 5e-324, Number.MAX_SAFE_INTEGER];
for (const n of nums) {
  console.log(n, String(n), n.toFixed(2), n.toPrecision(4), n.toExponential(2));
}
console.log([0, -0, NaN], { z: -0 }, [-0].toString(), JSON.stringify(-0), `${-0}`);
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.sign(-3), Math.floor(-0.5));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.hypot(3, 4), Math.cbrt(27), Math.log2(8));
console.log(0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON, Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1);
console.log(123456789012345680000, 1e300 * 1e10, -1e-400, 1 / 0, -1 / 0, 0 / 0);
console.log(parseInt('42px'), parseInt('0x1f'), parseInt('101', 2), parseFloat('3.14abc'), Number(''), Number(' 12 '), Number('12a'));
console.log((255).toString(16), (255).toString(2), (0.5).toString(2), (-255).toString(36));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isNaN('x'), isNaN('x'), isFinite('12'));
console.log((1234567.891).toFixed(1), (0.000001234).toPrecision(2), (1e21).toFixed(2), (123.456).toFixed(0));
console.log(1e21, 1e-6, 1e-7, 123e-20, 2 ** 64, -(2 ** 31), 0xff, 0o17, 0b101);
const fmt = n => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
console.log(fmt(1234567.891), fmt(-9876543.21), fmt(0));
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 2 ** -1, (-8) ** (1 / 3));
console.log(Object.is(-0, 0), Object.is(NaN, NaN), -0 === 0, [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(~~3.7, 3.7 | 0, -3.7 | 0, 1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28);
console.log(Number('0b11'), Number('0o7'), Number('1_000'), +[], +{}, +[5], +'  ', +null, +undefined, +true);
console.log(0.1 * 3, 1 / 3, 2 / 3, 100 / 3, 1e16 + 1, 9007199254740993);
console.log([1, 10, 2, 21].sort(), [1, 10, 2, 21].sort((a, b) => a - b));
console.log((25).toPrecision(1), (0).toExponential(), (1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2));
