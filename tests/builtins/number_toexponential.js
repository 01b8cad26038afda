// toExponential
const vals = [0, 1, -1, 123.456, 0.00015, 1e21, 5e-324, 1.7976931348623157e308, 1.25, 1.35, -6.5, 12345, NaN, -Infinity];
console.log(vals.map(v => v.toExponential()).join(' '));
for (const d of [0, 1, 3, 20]) console.log(d, vals.map(v => v.toExponential(d)).join(' '));
for (const d of [-1, 101]) {
  try { (1).toExponential(d); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(NaN.toExponential(-5), Infinity.toExponential(1000));
