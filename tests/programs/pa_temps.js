const readings = [
  { city: 'Oslo', temps: [-3.5, -1, 0.5, 2, -0.5] },
  { city: 'Cairo', temps: [24, 27.25, 31, 29.5, 30] },
  { city: 'Lima', temps: [18, 18.5, 19, 17.75, 18.25] },
  { city: 'Yakutsk', temps: [-41, -38.5, -45.25, -40, -39] },
];
const stats = arr => {
  const n = arr.length, mean = arr.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(arr.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  const sorted = [...arr].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { min: Math.min(...arr), max: Math.max(...arr), mean, median, sd };
};
const toF = c => c * 9 / 5 + 32;
console.log('City'.padEnd(9) + ['min', 'max', 'mean', 'median', 'sd'].map(h => h.padStart(8)).join(''));
for (const { city, temps } of readings) {
  const s = stats(temps);
  console.log(city.padEnd(9) + Object.values(s).map(v => v.toFixed(2).padStart(8)).join(''));
}
console.log(readings.map(r => ({ city: r.city, ...stats(r.temps) })));
console.log(readings.map(r => r.temps.map(toF)));
console.log(readings.map(r => r.temps.map(t => Math.round(toF(t)))));
const hottest = readings.reduce((best, r) => Math.max(...r.temps) > Math.max(...best.temps) ? r : best);
console.log(`Hottest: ${hottest.city} (${Math.max(...hottest.temps)}°C / ${toF(Math.max(...hottest.temps)).toFixed(1)}°F)`);
console.log(stats([1]), stats([]));
const buckets = {};
for (const { temps } of readings) for (const t of temps) { const b = Math.floor(t / 10) * 10; buckets[b] = (buckets[b] ?? 0) + 1; }
console.log(buckets, Object.keys(buckets));
const hist = Object.entries(buckets).sort((a, b) => a[0] - b[0]).map(([k, v]) => `${String(k).padStart(4)} | ${'#'.repeat(v)}`);
console.log(hist.join('\n'));
console.log([0.1, 0.25, 1 / 3, 2 / 3, 1.005, 123.456789].map(x => [x.toFixed(2), x.toPrecision(3), Math.round(x * 100) / 100]));
console.log((-1.5).toFixed(0), (-0.5).toFixed(0), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-0).toFixed(2), (1e-10).toFixed(3));
console.log((1234.5678).toPrecision(6), (0.00001).toPrecision(1), (1e21).toPrecision(3), (123456).toPrecision(2), (99.99).toPrecision(3));
console.log((12345.6789).toExponential(), (0.00015).toExponential(1), (-5).toExponential(3));
