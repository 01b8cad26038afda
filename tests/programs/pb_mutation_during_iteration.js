// Mutating Maps and Sets while iterating them: what the iterators see
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const [k, v] of m) {
  console.log('visit', k, v);
  if (k === 'a') {
    m.delete('b');
    m.set('d', 4);
  }
  if (k === 'c') m.set('a', 100);
}
console.log([...m]);

const s = new Set([1, 2, 3]);
let guard = 0;
for (const x of s) {
  if (++guard > 10) break;
  s.delete(x);
  if (x < 5) s.add(x + 3);
  console.log('set visit', x, [...s]);
}

const m2 = new Map([[1, 'one'], [2, 'two'], [3, 'three']]);
const it = m2.entries();
console.log(it.next().value);
m2.clear();
console.log('after clear:', it.next(), m2.size);
m2.set(4, 'four');
console.log('after re-add, the finished iterator stays done:', it.next());
const it2 = m2.keys();
m2.delete(4);
m2.set(5, 'five');
console.log('fresh iterator sees new key:', it2.next());

const order = new Map();
order.set('x', 1);
order.forEach((v, k, map) => {
  console.log('forEach', k, v);
  if (map.size < 4) map.set(k + k, v + 1);
});
console.log([...order.keys()]);

const arr = [1, 2, 3, 4];
for (const v of arr) {
  if (v === 2) arr.push(99);
  if (v === 3) arr.shift();
  console.log('array visit', v);
}
console.log(arr);
const s2 = new Set(['a']);
s2.forEach((v) => { if (v.length < 4) s2.add(v + 'a'); });
console.log(s2);
