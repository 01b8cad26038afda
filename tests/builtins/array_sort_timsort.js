// Array.prototype.sort follows V8's TimSort step for step: comparators that
// return booleans or are inconsistent give node's exact result, and the
// sequence of comparator calls is the same.
console.log([1, 10, 2, 21].sort((a, b) => b > a));
console.log([5, 3, 8, 1, 9, 2].sort((a, b) => a > b));
console.log([3, 1, 2].sort((a, b) => { console.log('cmp', a, b); return a - b; }));
console.log(['b', undefined, 'a', , 'c'].sort((a, b) => { console.log('c', a, b); return a < b ? -1 : 1; }));

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function run(n, gen, cmp) {
  const arr = Array.from({ length: n }, gen);
  let calls = 0, h = 0;
  const out = arr.sort((a, b) => { calls++; h = (h * 31 + a * 7 + b) | 0; return cmp(a, b); });
  let h2 = 0;
  for (const x of out) h2 = (h2 * 31 + x) | 0;
  console.log(n, calls, h, h2);
}
for (const n of [10, 64, 65, 200, 1000, 5000]) {
  run(n, () => Math.floor(rnd() * 1000), (a, b) => a - b);
  run(n, (_, i) => (i % 50 < 25 ? i : n - i), (a, b) => a - b);
  run(n, () => Math.floor(rnd() * 1000), (a, b) => a > b);
  run(n, () => Math.floor(rnd() * 1000), () => rnd() - 0.5);
}
const objs = Array.from({ length: 100 }, (_, i) => ({ k: i % 7, id: i }));
console.log(objs.sort((a, b) => a.k - b.k).map(o => o.id).join(','));
