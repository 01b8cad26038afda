// console.table's second argument must be an array of column names
const rows = [{ id: 1, name: 'Ann', role: 'dev' }, { id: 2, name: 'Ben', role: 'ops' }];
console.table(rows, ['name']);
for (const bad of ['name', 42, { name: true }, null]) {
  try { console.table(rows, bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.table(rows, undefined);
console.table('not tabular', 'ignored?');
