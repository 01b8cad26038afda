// Math.max / Math.min: NaN wins, +0 > -0, empty calls
const show = v => Object.is(v, -0) ? '-0' : String(v);
console.log(show(Math.max()), show(Math.min()), Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max('10', 9));
console.log(show(Math.max(-0, 0)), show(Math.max(0, -0)), show(Math.min(0, -0)), show(Math.min(-0, 0)), show(Math.max(-0, -0)));
console.log(Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max(1, undefined), Math.min(Infinity, -Infinity), Math.max(...[4, 8, 2]));
const seen = [];
Math.max({ valueOf() { seen.push('a'); return NaN; } }, { valueOf() { seen.push('b'); return 1; } });
console.log(seen, Math.max.length, Math.min.length, Math.max.name);
