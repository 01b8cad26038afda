const m = new Map([[1, 2]]);
const it = m.keys();
it.next(); it.next();
console.log(it);
const s = new Set();
console.log(s.values());
