// Number.prototype.toString(radix), including fractions as V8 prints them
const vals = [0, -0, 1, 255, -255, 0.5, 0.1, 0.3, 1 / 3, 3.75, -0.5, 123.456, 1e21, 2 ** 53 + 2, 1e-7, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];
for (const r of [2, 8, 16, 36]) console.log(r, vals.map(v => v.toString(r)).join(' '));
console.log((255).toString(), (255).toString(undefined), (35).toString(36.9), (0.000001).toString(2));
for (const r of [0, 1, 37, -1]) {
  try { (1).toString(r); } catch (e) { console.log(e.name + ': ' + e.message); }
}
