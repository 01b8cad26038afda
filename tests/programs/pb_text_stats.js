// Text statistics: word frequencies, sentence lengths, a bar chart
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope!
Was it the winter of despair? We had everything before us; we had nothing before us.`;

const words = text.toLowerCase().match(/[a-z']+/g);
const freq = new Map();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
const top = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8);
const widest = Math.max(...top.map(([w]) => w.length));
for (const [w, n] of top) console.log(`${w.padStart(widest)} ${'#'.repeat(n)} ${n}`);

console.log('words:', words.length, 'distinct:', freq.size, 'hapax:', [...freq.values()].filter((n) => n === 1).length);
const sentences = text.split(/(?<=[.!?])\s+/);
console.log('sentences:', sentences.length, sentences.map((s) => s.split(/\s+/).length));
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log('longest word:', longest, 'average length:', (words.join('').length / words.length).toFixed(2));

const letters = {};
for (const ch of text.toLowerCase()) if (ch >= 'a' && ch <= 'z') letters[ch] = (letters[ch] || 0) + 1;
const vowels = [...'aeiou'].map((v) => `${v}=${letters[v]}`).join(' ');
console.log(vowels, 'missing letters:', [...'abcdefghijklmnopqrstuvwxyz'].filter((c) => !letters[c]).join(''));

const capitalized = text.replace(/\b([a-z])([a-z]*)/g, (_, first, rest) => first.toUpperCase() + rest).split('\n')[0];
console.log(capitalized);
const wrapped = [];
let line = '';
for (const w of text.replace(/\n/g, ' ').split(' ')) {
  if ((line + ' ' + w).trim().length > 40) { wrapped.push(line); line = w; } else line = (line + ' ' + w).trim();
}
wrapped.push(line);
console.log(wrapped.map((l, i) => `${String(i + 1).padStart(2, '0')}| ${l}`).join('\n'));
