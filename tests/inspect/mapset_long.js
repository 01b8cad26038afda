const m = new Map();
for (let i = 0; i < 10; i++) m.set('key' + i, 'value' + i);
console.log(m);
const s = new Set();
for (let i = 0; i < 30; i++) s.add(i);
console.log(s);
