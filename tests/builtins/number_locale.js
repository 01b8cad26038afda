// Number.prototype.toLocaleString in en-US
const vals = [0, -0, 1234.5, 1234567.891, -9876543.21, 0.1, 0.0005, 1.0005, 2.0015, 999.9995, 1e21, 123, NaN, Infinity, -Infinity, 1e-7];
console.log(vals.map(v => v.toLocaleString()).join(' | '));
