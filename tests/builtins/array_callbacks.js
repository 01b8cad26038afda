const a = [1, 2, 3, 4];
const seen = [];
a.forEach(function (v, i, arr) { seen.push([v, i, arr === a, this.t]); }, { t: 'T' });
console.log(seen);
console.log(a.map(x => x * 2), a.filter(x => x % 2), a.some(x => x > 3), a.every(x => x > 0), a.every(x => x > 1));
console.log([].some(x => true), [].every(x => false));
const holes = [1, , 3];
let calls = 0;
holes.forEach(() => calls++);
console.log(calls, holes.map(x => x * 2), holes.filter(() => true));
const grow = [1, 2];
grow.forEach(x => { if (grow.length < 5) grow.push(x); });
console.log(grow);
const shrink = [1, 2, 3, 4];
const visited = [];
shrink.forEach(x => { visited.push(x); shrink.pop(); });
console.log(visited);
try { [1].map(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].filter({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.forEach.call(null, x => x); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()));
