const a = [];
for (let i = 0; i < 30; i++) a.push(i * i);
console.log(a);
