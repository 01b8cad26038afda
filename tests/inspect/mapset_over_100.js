const s = new Set();
for (let i = 0; i < 105; i++) s.add(i);
console.log(s);
const m = new Map();
for (let i = 0; i < 103; i++) m.set(i, i);
console.log(require('util').inspect(m, { breakLength: Infinity }).length);
