// Array method chains: reduce, flatMap, findLast, at, toSorted, with, and friends
const sales = [
  { region: 'north', rep: 'ann', amounts: [120, 80] },
  { region: 'south', rep: 'bob', amounts: [200] },
  { region: 'north', rep: 'cid', amounts: [50, 50, 75] },
  { region: 'east', rep: 'dee', amounts: [] },
  { region: 'south', rep: 'eve', amounts: [300, 10] },
];

const allAmounts = sales.flatMap((s) => s.amounts);
console.log(allAmounts, allAmounts.length);
const byRegion = sales.reduce((acc, s) => {
  acc[s.region] = (acc[s.region] ?? 0) + s.amounts.reduce((a, b) => a + b, 0);
  return acc;
}, {});
console.log(byRegion);

const ranked = sales
  .map((s) => ({ rep: s.rep, total: s.amounts.reduce((a, b) => a + b, 0) }))
  .filter((s) => s.total > 0)
  .toSorted((a, b) => b.total - a.total)
  .map((s, i) => `${i + 1}. ${s.rep} (${s.total})`);
console.log(ranked.join('\n'));

console.log(sales.findLast((s) => s.region === 'north').rep, sales.findLastIndex((s) => s.amounts.length > 1));
console.log(allAmounts.at(0), allAmounts.at(-1), allAmounts.at(100), [].at(0));
const replaced = allAmounts.with(1, 999);
console.log(replaced.slice(0, 3), allAmounts[1]);
try { allAmounts.with(50, 1); } catch (e) { console.log(e.name, e.message); }
console.log(allAmounts.toReversed().slice(0, 2), allAmounts.toSpliced(1, 5, 'x'));

console.log([1, [2, [3, [4, [5]]]]].flat(), [1, [2, [3, [4, [5]]]]].flat(Infinity));
console.log(['a b', 'c d e'].flatMap((s) => s.split(' ')), [1, 2, 3].flatMap((x) => (x % 2 ? [x, x] : [])));
console.log(Array.from({ length: 5 }, (_, i) => i ** 2).reduceRight((acc, x) => acc + '-' + x));
console.log([3, 1, 2].some((x) => x > 2), [3, 1, 2].every(Number.isInteger), [0, '', null, 'x', 5].filter(Boolean));
console.log(['x', 'y', 'z'].entries().next().value, [5, 10, 15].includes(10), [NaN].includes(NaN), [NaN].indexOf(NaN));

const chunk = (arr, n) => arr.reduce((out, x, i) => (i % n ? out[out.length - 1].push(x) : out.push([x]), out), []);
console.log(chunk([1, 2, 3, 4, 5, 6, 7], 3));
const zip = (...arrays) => arrays[0].map((_, i) => arrays.map((a) => a[i]));
console.log(zip([1, 2, 3], ['a', 'b', 'c'], [true, false, null]));
const running = allAmounts.reduce((acc, x) => [...acc, (acc.at(-1) ?? 0) + x], []);
console.log(running);
console.log([..."hello"].toSorted().join(''), Array.of(7, 8).fill(0, 1), new Array(3).fill().map((_, i) => i));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.message); }
