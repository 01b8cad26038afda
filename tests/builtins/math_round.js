// Math.round, floor, ceil, trunc, sign with JS's -0 and NaN rules
const vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.4, 0.4, -0, 0, 4503599627370495.5, -4503599627370495.5, 1e300, NaN, Infinity, -Infinity, -0.6];
const show = v => Object.is(v, -0) ? '-0' : String(v);
for (const f of ['round', 'floor', 'ceil', 'trunc', 'sign', 'abs', 'fround'])
  console.log(f, vals.map(v => show(Math[f](v))).join(' '));
console.log(Math.round('2.5'), Math.round(null), Math.round(), Math.floor({ valueOf() { return 7.9; } }));
