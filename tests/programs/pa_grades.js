const students = [
  { name: 'Ana', scores: { math: 92, sci: 88, lit: 79 } },
  { name: 'Ben', scores: { math: 65, sci: 72, lit: 91 } },
  { name: 'Cleo', scores: { math: 78, sci: 95, lit: 85 } },
  { name: 'Dev', scores: { math: 55, sci: 60, lit: 58 } },
  { name: 'Eli', scores: { math: 100, sci: 99, lit: 97 } },
];
const letter = avg => avg >= 90 ? 'A' : avg >= 80 ? 'B' : avg >= 70 ? 'C' : avg >= 60 ? 'D' : 'F';
const report = students.map(s => {
  const vals = Object.values(s.scores);
  const avg = vals.reduce((a, b) => a + b, 0) / vals.length;
  return { name: s.name, avg: Math.round(avg * 10) / 10, grade: letter(avg), best: Object.entries(s.scores).sort((a, b) => b[1] - a[1])[0][0] };
});
console.log(report);
console.table(report);
const ranked = [...report].sort((a, b) => b.avg - a.avg).map((r, i) => `${i + 1}. ${r.name.padEnd(5)} ${r.avg.toFixed(1).padStart(5)} ${r.grade}`);
console.log(ranked.join('\n'));
const dist = report.reduce((d, r) => ({ ...d, [r.grade]: (d[r.grade] || 0) + 1 }), {});
console.log(dist, Object.entries(dist).map(([g, n]) => g + ':' + '*'.repeat(n)).join(' '));
const subjects = Object.keys(students[0].scores);
const subjectAvg = Object.fromEntries(subjects.map(sub => [sub, +(students.reduce((a, s) => a + s.scores[sub], 0) / students.length).toFixed(2)]));
console.log(subjectAvg);
const top = subjects.map(sub => [sub, students.reduce((b, s) => s.scores[sub] > b.scores[sub] ? s : b).name]);
console.log(new Map(top));
const passed = report.filter(r => r.grade !== 'F').map(r => r.name);
const failed = report.filter(r => !passed.includes(r.name)).map(r => r.name);
console.log({ passed, failed, rate: `${(passed.length / report.length * 100).toFixed(0)}%` });
const curve = (s, pts) => ({ ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([k, v]) => [k, Math.min(100, v + pts)])) });
console.log(students.map(s => curve(s, 5)).slice(3));
console.log(JSON.stringify(report.find(r => r.name === 'Eli')), report.findIndex(r => r.grade === 'F'));
const median = arr => { const s = [...arr].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(median(report.map(r => r.avg)), median([1, 2, 3, 4]), median([5]));
const stddev = arr => { const mu = arr.reduce((a, b) => a + b) / arr.length; return Math.sqrt(arr.reduce((a, b) => a + (b - mu) ** 2, 0) / arr.length); };
console.log(stddev(report.map(r => r.avg)).toFixed(4), stddev([2, 4, 4, 4, 5, 5, 7, 9]));
