console.log(Object.fromEntries([['a', 1], ['b', 2]]));
console.log(Object.fromEntries(new Map([['x', 10], [1, 'one']])));
console.log(Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 10])));
const s = Symbol('s');
console.log(Object.fromEntries([[s, 'sym']])[s]);
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries(5); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.fromEntries([]));
console.log(Object.fromEntries([['dup', 1], ['dup', 2]]));
