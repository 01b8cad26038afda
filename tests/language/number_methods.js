// Number conversions and common Number methods.
console.log(Number("  42  "), Number("4 2"), Number("0b101"), Number("0o17"), Number(""), Number("-Infinity"), Number("1e-2"));
console.log(parseInt("42px"), parseInt("0x1A"), parseInt("z", 36), parseInt(""), parseInt("  -17.9"), parseInt("101", 2));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2x"), parseFloat("abc"), parseFloat("Infinityx"));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (3.75).toString(2), (0.5).toString(16));
console.log((3.14159).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1e21).toFixed(2), (-1.005).toFixed(2), (0).toFixed(3));
console.log((123.456).toPrecision(4), (0.00012).toPrecision(2), (123456).toPrecision(2), (1).toExponential(2), (12345).toExponential());
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isNaN("x"), isNaN("x"), Number.isFinite("1"), isFinite("1"), Number.isSafeInteger(2 ** 53));
console.log(Math.max(), Math.min(), Math.max(1, "3", 2), Math.min(1, NaN), Math.round(-0.5), Math.round(2.5), Math.round(-2.5));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.sign(-3), Math.abs(-7), Math.sqrt(16), Math.pow(2, 10), Math.hypot(3, 4));
