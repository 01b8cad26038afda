// exact-valued results of the Math functions (values whose results are exactly representable)
const r = (v) => Object.is(v, -0) ? '-0' : Number.isInteger(v) || !isFinite(v) ? String(v) : v.toFixed(12);
console.log([Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2)].map(r).join(' '));
console.log([Math.pow(2, 10), Math.pow(2, -1), Math.pow(1, Infinity), Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(-8, 1 / 3), 2 ** 0.5].map(r).join(' '));
console.log([Math.exp(0), Math.exp(1), Math.expm1(0), Math.expm1(1e-10), Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1)].map(r).join(' '));
console.log([Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(0.001), Math.log1p(0), Math.log1p(-1)].map(r).join(' '));
console.log([Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(-0), Math.asin(1) * 2, Math.acos(-1), Math.atan(Infinity) * 2].map(r).join(' '));
console.log([Math.atan2(0, -0), Math.atan2(-0, 0), Math.atan2(1, 1) * 4, Math.atan2(0, -1), Math.sinh(0), Math.cosh(0), Math.tanh(Infinity)].map(r).join(' '));
console.log([Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.atanh(1), Math.sinh(1), Math.cosh(1), Math.tanh(0.5)].map(r).join(' '));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
console.log(Object.prototype.toString.call(Math), Math[Symbol.toStringTag], typeof Math, Object.getOwnPropertyDescriptor(Math, 'PI').writable);
