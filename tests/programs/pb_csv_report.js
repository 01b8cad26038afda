// Parsing CSV text into objects and printing a formatted report
const csv = `name,department,salary,start
"Smith, Ann",Engineering,98000,2018
Bob Jones,Sales,56000,2020
"Lee ""Kit"" Chan",Engineering,105000,2016
Dee Park,Support,48000,2021
Eve Stone,Sales,61000,2019`;

function parseLine(line) {
  const fields = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(cur); cur = ''; }
    else cur += ch;
  }
  fields.push(cur);
  return fields;
}

const [header, ...rows] = csv.split('\n').map(parseLine);
const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, isNaN(r[i]) ? r[i] : Number(r[i])])));
console.log(records[0], records[2].name);

const widths = header.map((h) => Math.max(h.length, ...records.map((r) => String(r[h]).length)));
const line = (cells) => cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
for (const r of records.toSorted((a, b) => b.salary - a.salary)) console.log(line(header.map((h) => r[h])));

const byDept = new Map();
for (const r of records) {
  const d = byDept.get(r.department) ?? { count: 0, total: 0 };
  d.count++;
  d.total += r.salary;
  byDept.set(r.department, d);
}
for (const [dept, { count, total }] of [...byDept].sort()) {
  console.log(`${dept.padEnd(12, '.')} ${count} people, avg ${(total / count).toLocaleString('en-US', { maximumFractionDigits: 0 })}`);
}
const toCsv = (objs) => [Object.keys(objs[0]).join(','), ...objs.map((o) => Object.values(o).map((v) => (/[",]/.test(v) ? `"${String(v).replace(/"/g, '""')}"` : v)).join(','))].join('\n');
console.log(toCsv(records) === csv, toCsv(records.slice(0, 2)));
