const csv = `id,name,dept,salary,start
1,"Smith, John",Engineering,85000,2019-03-15
2,Jane Doe,Marketing,62000.50,2020-07-01
3,"O'Brien, Pat",Engineering,91000,2018-11-30
4,"Lee ""Ace"" Kim",Sales,55000,2021-01-10
5,Ana Ruiz,Sales,,2022-05-20`;
function parseLine(line) {
  const out = []; let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
    else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}
const [header, ...rows] = csv.split('\n').map(parseLine);
const records = rows.map(r => Object.fromEntries(header.map((h, i) => [h, h === 'id' || h === 'salary' ? (r[i] === '' ? null : Number(r[i])) : r[i]])));
console.log(records);
const byDept = records.reduce((m, r) => m.set(r.dept, [...(m.get(r.dept) ?? []), r]), new Map());
for (const [dept, rs] of byDept) {
  const paid = rs.filter(r => r.salary != null);
  const avg = paid.reduce((s, r) => s + r.salary, 0) / (paid.length || 1);
  console.log(`${dept.padEnd(12)} n=${rs.length} avg=${avg.toLocaleString === undefined ? avg : avg.toFixed(2)}`);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map(w => '-'.repeat(w + 2)).join('|') + '|');
rows.forEach(r => console.log(line(r)));
const toCsv = recs => [Object.keys(recs[0]).join(','), ...recs.map(r => Object.values(r).map(v => v == null ? '' : /[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : v).join(','))].join('\n');
console.log(toCsv(records) === csv.replace('62000.50', '62000.5'));
console.log(toCsv(records));
const years = records.map(r => +r.start.slice(0, 4));
console.log(years, Math.min(...years), [...new Set(records.map(r => r.dept))].sort());
console.table(records.map(({ name, salary }) => ({ name, salary })));
