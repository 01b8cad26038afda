const m = new Map();
for (let i = 0; i < 10; i++) m.set('k' + i, i);
console.log(m.entries());
console.log(m.keys());
