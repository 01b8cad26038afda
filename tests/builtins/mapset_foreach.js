const m = new Map([['a', 1], ['b', 2]]);
const log = [];
m.forEach(function (v, k, map) { log.push([k, v, map === m, this.t]); }, { t: 'ctx' });
console.log(log);
const s = new Set(['x', 'y']);
const slog = [];
s.forEach((v, k, set) => slog.push([v, k, set === s]));
console.log(slog);
const grow = new Set([1]);
let n = 0;
grow.forEach(v => { n++; if (v < 5) grow.add(v + 1); });
console.log(n, [...grow]);
const del = new Map([[1, 1], [2, 2], [3, 3]]);
const dseen = [];
del.forEach((v, k) => { dseen.push(k); del.delete(k + 1); });
console.log(dseen);
try { m.forEach(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { s.forEach(5); } catch (e) { console.log(e.name + ': ' + e.message); }
