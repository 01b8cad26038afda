// Set operations written by hand
const union = (a, b) => new Set([...a, ...b]);
const intersection = (a, b) => new Set([...a].filter((x) => b.has(x)));
const difference = (a, b) => new Set([...a].filter((x) => !b.has(x)));
const symmetric = (a, b) => union(difference(a, b), difference(b, a));
const isSubset = (a, b) => [...a].every((x) => b.has(x));

const js = new Set(['ann', 'bob', 'cid', 'dee']);
const py = new Set(['cid', 'dee', 'eve']);
console.log('union', union(js, py));
console.log('both', intersection(js, py));
console.log('only js', [...difference(js, py)]);
console.log('exactly one', [...symmetric(js, py)].sort());
console.log('subset?', isSubset(new Set(['cid']), py), isSubset(js, py));

const nums = [5, 3, 5, 1, 3, 9, 1, 0, -0, NaN, NaN];
const unique = new Set(nums);
console.log('unique', unique, unique.size);
console.log('has NaN', unique.has(NaN), 'has -0', unique.has(-0), Object.is([...unique].at(-2), 0));

const s = new Set();
s.add(1).add(2).add(1);
console.log(s.size, s.delete(2), s.delete(2), s);
s.add({ a: 1 });
s.add({ a: 1 });
console.log('objects by identity:', s.size);

const letters = new Set('mississippi');
console.log([...letters].join(''), letters.size);
letters.forEach((v, k, set) => {
  if (v === 's') set.add('z');
  console.log('visit', v, k === v);
});
console.log(Array.from(letters.entries()));
s.clear();
console.log('cleared', s, s.size);
