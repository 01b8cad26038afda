// Indexes that double each time (0, 2, 6, 14, ...) must not grow an array's
// elements towards 2^32 entries: past a size, a sparse array stores its
// elements as ordinary properties.
const x = [];
let k = 1;
for (let i = 0; i < 32; i++) {
  k *= 2;
  x[k - 2] = k;
}
console.log(x.length, Object.keys(x).length, x[2 ** 31 - 2], x[2 ** 20 - 2]);
let ok = true;
k = 1;
for (let i = 0; i < 32; i++) {
  k *= 2;
  if (x[k - 2] !== k) ok = false;
}
console.log(ok);
const dense = [];
for (let i = 0; i < 200000; i++) dense[i] = i;
console.log(dense.length, dense[199999]);
