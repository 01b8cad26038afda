// Values that are functions closing over their own key, or over the map:
// neither keeps the entry alive once the key is unreachable.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
let wm = new WeakMap();
const keep = [];
function fill() {
  for (let i = 0; i < 6; i++) {
    const key = { i };
    wm.set(key, () => key.i);                 // closes over its key
    if (i % 2) keep.push(key);
  }
}
fill();
gc();
console.log('entries:', count(wm));
function calls() { return keep.map((k) => wm.get(k)()).join(','); }
console.log('values:', calls());
const other = new WeakMap();
function fill2() {
  const key = { other: true };
  other.set(key, () => [key, other]);         // closes over key and map
  keep.push(key);
}
fill2();
gc();
console.log('other keeps its live key:', count(other));
keep.length = 0;
gc();
console.log('after keep.length = 0:', count(wm), count(other));
