// toFixed: exact decimal expansion, round half up
const vals = [1.005, 1.45, 1.55, 2.5, -2.5, 0.5, -0.5, 0, -0, 1e21, -1e21, 123.456, 0.000001, 1.23e20, 10.235, 8.345, -1.5e-7, NaN, Infinity];
for (const d of [0, 1, 2, 5]) console.log(d, vals.map(v => v.toFixed(d)).join(' '));
console.log((0.1).toFixed(20), (1.1).toFixed(30), (123).toFixed(), (1e-10).toFixed(100).length);
for (const d of [-1, 101, Infinity]) {
  try { (1).toFixed(d); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log((1.005).toFixed(2) === '1.00', (1e21).toFixed(2) === '1e+21');
try { Number.prototype.toFixed.call('1', 2); } catch (e) { console.log(e.name + ': ' + e.message); }
