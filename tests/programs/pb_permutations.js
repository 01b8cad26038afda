// String permutations, combinations and power sets
function permutations(str) {
  if (str.length <= 1) return [str];
  const out = new Set();
  for (let i = 0; i < str.length; i++) {
    const rest = str.slice(0, i) + str.slice(i + 1);
    for (const p of permutations(rest)) out.add(str[i] + p);
  }
  return [...out];
}
console.log(permutations('abc'));
console.log(permutations('aab'), permutations('abcd').length, permutations('').length);

function combinations(arr, k) {
  if (k === 0) return [[]];
  if (arr.length < k) return [];
  const [head, ...tail] = arr;
  return [...combinations(tail, k - 1).map((c) => [head, ...c]), ...combinations(tail, k)];
}
console.log(combinations([1, 2, 3, 4], 2).map((c) => c.join('')).join(' '));

const powerSet = (arr) => arr.reduce((sets, x) => sets.concat(sets.map((s) => [...s, x])), [[]]);
console.log(powerSet(['x', 'y', 'z']).map((s) => `{${s}}`).join(' '));

function isAnagram(a, b) {
  const norm = (s) => [...s.toLowerCase().replace(/[^a-z]/g, '')].sort().join('');
  return norm(a) === norm(b);
}
console.log(isAnagram('Listen', 'Silent'), isAnagram('Dormitory', 'dirty room!'), isAnagram('abc', 'abd'));

const anagramGroups = ['eat', 'tea', 'tan', 'ate', 'nat', 'bat'].reduce((m, w) => {
  const key = [...w].sort().join('');
  m.set(key, [...(m.get(key) ?? []), w]);
  return m;
}, new Map());
console.log([...anagramGroups.values()]);

function nextPermutation(s) {
  const a = [...s];
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return null;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  [a[i], a[j]] = [a[j], a[i]];
  return a.slice(0, i + 1).concat(a.slice(i + 1).reverse()).join('');
}
let p = 'abc';
const seq = [];
while (p) { seq.push(p); p = nextPermutation(p); }
console.log(seq.join(' < '));
