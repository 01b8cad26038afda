const units = {
  length: { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, in: 0.0254, yd: 0.9144 },
  mass: { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125, t: 1000 },
  time: { s: 1, min: 60, h: 3600, d: 86400, wk: 604800 },
};
const kindOf = u => Object.keys(units).find(k => u in units[k]);
function convert(value, from, to) {
  const k1 = kindOf(from), k2 = kindOf(to);
  if (!k1) throw new Error(`Unknown unit "${from}"`);
  if (!k2) throw new Error(`Unknown unit "${to}"`);
  if (k1 !== k2) throw new TypeError(`Cannot convert ${k1} (${from}) to ${k2} (${to})`);
  return value * units[k1][from] / units[k2][to];
}
const fmt = n => Math.abs(n) >= 1e6 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : +n.toFixed(4) + '';
const cases = [[5, 'km', 'mi'], [26.2, 'mi', 'km'], [6, 'ft', 'cm'], [1, 'lb', 'g'], [16, 'oz', 'lb'], [1, 'wk', 'min'], [1e9, 's', 'd'], [1, 'mm', 'mi'], [3, 'kg', 'm'], [1, 'parsec', 'km'], [72, 'in', 'yd']];
for (const [v, f, t] of cases) {
  try { console.log(`${String(v).padStart(6)} ${f.padEnd(3)} = ${fmt(convert(v, f, t)).padStart(10)} ${t}`); }
  catch (e) { console.log(`${e.name}: ${e.message}`); }
}
const temp = { C: { toK: c => c + 273.15, fromK: k => k - 273.15 }, F: { toK: f => (f - 32) * 5 / 9 + 273.15, fromK: k => (k - 273.15) * 9 / 5 + 32 }, K: { toK: k => k, fromK: k => k } };
const convT = (v, a, b) => temp[b].fromK(temp[a].toK(v));
console.log([[100, 'C', 'F'], [32, 'F', 'C'], [0, 'K', 'C'], [-40, 'C', 'F'], [98.6, 'F', 'K']].map(([v, a, b]) => `${v}°${a}=${convT(v, a, b).toFixed(2)}°${b}`));
console.log(Object.fromEntries(Object.entries(units).map(([k, u]) => [k, Object.keys(u).length])));
const bytes = n => { const u = ['B', 'KB', 'MB', 'GB', 'TB']; let i = 0; while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; } return `${n.toFixed(i ? 1 : 0)} ${u[i]}`; };
console.log([0, 512, 1024, 1536, 1048576, 5e9, 1.2e13, 2 ** 50].map(bytes));
const roundTo = (n, step) => Math.round(n / step) * step;
console.log(roundTo(17, 5), roundTo(0.37, 0.25), roundTo(-7.5, 5), +roundTo(1.005, 0.01).toFixed(2));
console.log(units);
