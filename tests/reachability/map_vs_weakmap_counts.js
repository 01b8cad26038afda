// Map vs WeakMap side by side: 1000 keys counted in both, then dropped.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

const map = new Map();
const weakMap = new WeakMap();
let keep = [];
function fill(n) {
  for (let i = 0; i < n; i++) {
    const key = { i };
    map.set(key, i);
    weakMap.set(key, i);
    if (i < 10) keep.push(key);
  }
}
fill(1000);
gc();
console.log('Map size', map.size, '| WeakMap entries', count(weakMap));
function dropFromMap() {
  for (const k of map.keys()) if (k.i >= 10) map.delete(k);
}
dropFromMap();
gc();
console.log('Map size', map.size, '| WeakMap entries', count(weakMap));
map.clear();
gc();
console.log('Map size', map.size, '| WeakMap entries', count(weakMap));
keep = [];
gc();
console.log('Map size', map.size, '| WeakMap entries', count(weakMap));
