console.log([3, 1, 10, 2, 21].sort(), [3, 1, 10, 2, 21].sort((a, b) => a - b), [3, 1, 2].sort((a, b) => b - a));
console.log(['b', 'a', 'C', 'B'].sort(), [undefined, 3, , 1, null, undefined].sort());
const holes = [5, , 1, undefined, , 3];
holes.sort();
console.log(holes, holes.length, 4 in holes, 3 in holes);
const people = [
  { n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }, { n: 'e', age: 30 },
  { n: 'f', age: 20 }, { n: 'g', age: 25 }, { n: 'h', age: 30 }, { n: 'i', age: 20 }, { n: 'j', age: 25 },
  { n: 'k', age: 20 }, { n: 'l', age: 30 },
];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.n).join(''));
const big = [];
for (let i = 0; i < 200; i++) big.push((i * 7919) % 211);
const sorted = big.slice().sort((a, b) => a - b);
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log(ok, sorted[0], sorted[199]);
console.log([1, 2, 3].sort(() => 0), [2, 1].sort(() => NaN), [-1, -2, 0, 10, 9].sort());
try { [1].sort(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [2, 1].sort(() => { throw new Error('cmp'); }); } catch (e) { console.log(e.message); }
const o = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
Array.prototype.sort.call(o);
console.log(o[0], o[1], o[2]);
const arr = [3, 2, 1];
console.log(arr.sort() === arr);
