// Removing duplicates: primitives, objects by key, keeping first or last
const tags = ['js', 'c', 'js', 'go', 'c', 'rust', 'go'];
console.log([...new Set(tags)]);
console.log(Array.from(new Set(tags), (t) => t.toUpperCase()));

const people = [
  { id: 3, name: 'cara', updated: 1 },
  { id: 1, name: 'ann', updated: 1 },
  { id: 3, name: 'cara v2', updated: 2 },
  { id: 2, name: 'ben', updated: 1 },
  { id: 1, name: 'ann v2', updated: 3 },
];

function dedupeFirst(list, key) {
  const seen = new Set();
  return list.filter((item) => {
    const k = item[key];
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function dedupeLast(list, key) {
  return [...new Map(list.map((item) => [item[key], item])).values()];
}
console.log(dedupeFirst(people, 'id').map((p) => p.name));
console.log(dedupeLast(people, 'id').map((p) => p.name));

const caseInsensitive = ['Apple', 'apple', 'BANANA', 'Cherry', 'banana'];
const byLower = new Map();
for (const w of caseInsensitive) if (!byLower.has(w.toLowerCase())) byLower.set(w.toLowerCase(), w);
console.log([...byLower.values()]);

const pairs = [[1, 2], [2, 1], [1, 2], [3, 4]];
const uniquePairs = [...new Set(pairs.map((p) => [...p].sort().join('-')))].map((s) => s.split('-').map(Number));
console.log(uniquePairs);

const dupes = tags.filter((t, i) => tags.indexOf(t) !== i);
console.log('duplicates:', [...new Set(dupes)]);
