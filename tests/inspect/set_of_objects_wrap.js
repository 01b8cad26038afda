const s = new Set();
for (let i = 0; i < 4; i++) s.add({ id: i, name: 'name number ' + i });
console.log(s);
