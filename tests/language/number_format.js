// Number to string: shortest round trip, exponent thresholds, -0, NaN.
console.log(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 100, 1e21, 1e20, 123456789012345680000);
console.log(1e-6, 1e-7, 0.000001234, 1.5e-10, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1);
console.log(-0, 0 * -1, Object.is(-0, 0), Object.is(0 * -1, -0), 1 / -0, String(-0), (-0).toString(), `${-0}`);
console.log(NaN, -NaN, Infinity, -Infinity, String(NaN), "" + Infinity);
console.log(String(0.1), String(123.456), String(-1.5e-9), String(1e300 * 10), String(4.35), String(0.000001));
console.log(1.0, 1.50, 0x10, 0o10, 0b10, 1_000_000, .5, 5.);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MIN_VALUE);
console.log([0.1 + 0.2, -0, 1e21, NaN]);
console.log(String([-0]), JSON.stringify(-0), JSON.stringify([NaN, Infinity]));
