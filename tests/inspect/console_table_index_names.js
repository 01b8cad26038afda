const rows = [];
for (let i = 0; i < 11; i++) rows.push({ n: i, sq: i * i });
console.table(rows);
