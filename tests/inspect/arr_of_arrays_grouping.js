const m = [];
for (let i = 0; i < 8; i++) m.push([i, i * 2]);
console.log(m);
