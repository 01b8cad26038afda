// toPrecision
const vals = [0, 1, -1, 123.456, 0.00015, 1e21, 1.25, 1.35, 999.99, 0.000001234, 1e-7, 123456789, NaN, Infinity];
console.log(vals.map(v => v.toPrecision()).join(' '));
for (const p of [1, 2, 3, 6, 21]) console.log(p, vals.map(v => v.toPrecision(p)).join(' '));
for (const p of [0, 101]) {
  try { (1).toPrecision(p); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log((5e-7).toPrecision(1), (123.456).toPrecision(100).length);
