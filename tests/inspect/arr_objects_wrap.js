const rows = [];
for (let i = 0; i < 5; i++) rows.push({ id: i, label: 'item-' + i, active: i % 2 === 0 });
console.log(rows);
