// inspect's numericSeparator option, including node's handling of -0 and
// exponent forms.
const util = require('util');
const nums = [0, -0, 999, 1000, -1000, -12345, 1234.5, -1234.5678, 0.1234567, 123456789.12345679,
  100000.000001, 1e21, -1e300, 1.5e300, 5e-324, 1e-7, 1.5e-7, -0.5, NaN, Infinity, -Infinity];
for (const n of nums) console.log(util.inspect(n, { numericSeparator: true }));
console.log(util.inspect({ a: 1234567, b: [10000, 2.5], c: new Map([[12345, -98765.4321]]) }, { numericSeparator: true }));
console.log(util.inspect([123456, new Number(1234567), new Number(-0)], { numericSeparator: true, colors: true }));
console.log(util.inspect(Array.from({ length: 8 }, (_, i) => 1000 ** (i % 4)), { numericSeparator: true }));
console.log(util.inspect({ [util.inspect.custom](depth, opts) { return String(opts.numericSeparator); } }, { numericSeparator: true }));
console.log(util.format('%d %i %f %o %O', 123456, 123456, 1234.5, 123456, 123456));
