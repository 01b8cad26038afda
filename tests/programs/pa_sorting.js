const people = [
  { name: 'Zoe', age: 28, city: 'Oslo' }, { name: 'adam', age: 35, city: 'Rome' },
  { name: 'Émile', age: 28, city: 'Paris' }, { name: 'Bob', age: 19, city: 'Oslo' },
  { name: 'carla', age: 35, city: 'Lima' }, { name: 'Dan', age: 42, city: 'Rome' },
];
const by = (...keys) => (a, b) => { for (const k of keys) { const [key, dir] = k.startsWith('-') ? [k.slice(1), -1] : [k, 1]; if (a[key] < b[key]) return -dir; if (a[key] > b[key]) return dir; } return 0; };
console.log(people.toSorted(by('age', 'name')).map(p => `${p.age} ${p.name}`));
console.log(people.toSorted(by('-age', 'city')).map(p => `${p.age} ${p.city}`));
console.log(people.map(p => p.name).sort());
console.log(people.map(p => p.name).sort((a, b) => a.localeCompare(b)));
console.log(people.map(p => p.name).sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1));
const stable = people.map((p, i) => ({ ...p, i })).sort((a, b) => a.age - b.age).map(p => p.i);
console.log(stable);
console.log([5, 1, 10, 100, 25].sort(), [5, 1, 10, 100, 25].sort((a, b) => b - a), [true, false, true].sort());
console.log([3, undefined, 1, null, NaN, 2].sort(), [3, undefined, 1, , 2].sort((a, b) => a - b));
console.log(['10', '9', '1', '100'].sort(), ['10', '9', '1', '100'].sort((a, b) => a - b), [-1, -10, 2].sort());
const bubble = arr => { const a = [...arr]; for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length - i - 1; j++) if (a[j] > a[j + 1]) [a[j], a[j + 1]] = [a[j + 1], a[j]]; return a; };
const quick = a => a.length < 2 ? a : [...quick(a.slice(1).filter(x => x < a[0])), a[0], ...quick(a.slice(1).filter(x => x >= a[0]))];
const merge = (l, r) => { const o = []; while (l.length && r.length) o.push(l[0] <= r[0] ? l.shift() : r.shift()); return [...o, ...l, ...r]; };
const msort = a => a.length < 2 ? a : merge(msort(a.slice(0, a.length >> 1)), msort(a.slice(a.length >> 1)));
const data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0];
console.log(bubble(data), quick(data), msort(data), data);
let seed = 42; const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const big = Array.from({ length: 200 }, () => Math.floor(rand() * 1000));
const s1 = msort(big), s2 = [...big].sort((a, b) => a - b);
console.log(s1.every((v, i) => v === s2[i]), s1.slice(0, 5), s1.slice(-3), big.length);
const counts = big.reduce((m, v) => m.set(v % 10, (m.get(v % 10) || 0) + 1), new Map());
console.log(new Map([...counts.entries()].sort((a, b) => a[0] - b[0])));
const words = 'the cat and the hat and the bat sat on the mat'.split(' ');
const freq = Object.entries(words.reduce((f, w) => (f[w] = (f[w] || 0) + 1, f), {})).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
console.log(freq);
console.log(Object.entries({ b: 2, a: 1, c: 3 }).sort(([, a], [, b]) => a - b).map(([k]) => k));
const sortedObj = Object.fromEntries(Object.entries({ zeta: 1, alpha: 2, Mu: 3 }).sort());
console.log(sortedObj, Object.keys({ 2: 'a', 1: 'b', b: 1, a: 2 }));
