// calendar math without Date (out of scope for weakjs)
const isLeap = y => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const dow = (y, m, d) => { const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]; if (m < 3) y -= 1; return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d) % 7; };
const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
console.log([1900, 2000, 2020, 2023, 2024, 2100].map(y => `${y}:${isLeap(y)}`).join(' '));
console.log(names[dow(2024, 1, 1)], names[dow(1969, 7, 20)], names[dow(2000, 2, 29)]);
function calendar(y, m) {
  const title = `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
  const out = [title.padStart(10 + Math.ceil(title.length / 2)), names.map(n => n.slice(0, 2)).join(' ')];
  let row = '   '.repeat(dow(y, m, 1));
  for (let d = 1; d <= daysIn(y, m); d++) {
    row += String(d).padStart(2) + ' ';
    if (dow(y, m, d) === 6) { out.push(row.trimEnd()); row = ''; }
  }
  if (row) out.push(row.trimEnd());
  return out.join('\n');
}
console.log(calendar(2024, 2));
console.log(calendar(2023, 10));
const dayOfYear = (y, m, d) => Array.from({ length: m - 1 }, (_, i) => daysIn(y, i + 1)).reduce((a, b) => a + b, 0) + d;
console.log(dayOfYear(2024, 12, 31), dayOfYear(2023, 12, 31), dayOfYear(2024, 3, 1));
const fmtDuration = secs => { const parts = [[86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']].reduce((acc, [n, u]) => { const q = Math.floor(secs / n); secs %= n; return q ? [...acc, q + u] : acc; }, []); return parts.join(' ') || '0s'; };
console.log([0, 59, 61, 3600, 3661, 90061, 1e6].map(fmtDuration));
const pad2 = n => String(n).padStart(2, '0');
const hhmm = mins => `${pad2(Math.floor(mins / 60) % 24)}:${pad2(mins % 60)}`;
console.log([0, 59, 60, 719, 720, 1439, 1440, 1500].map(hhmm));
const parseTime = s => { const m = /^(\d{1,2}):(\d{2})\s*(am|pm)?$/i.exec(s.trim()); if (!m) return null; let h = +m[1]; if (m[3]) h = (h % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0); return h * 60 + +m[2]; };
console.log(['9:30', '12:00 am', '12:00 PM', '7:05pm', 'bad', '25:00'].map(parseTime));
console.log(/^(\d{1,2}):(\d{2})\s*(am|pm)?$/i.exec('7:05pm'));
