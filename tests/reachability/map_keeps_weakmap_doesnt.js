// The same 100 keys, one Map and one WeakMap, keys dropped at once:
// the Map still has all of them, the WeakMap none.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

const map = new Map();
const weakMap = new WeakMap();
function fill(n) {
  for (let i = 0; i < n; i++) {
    const key = { id: i };
    map.set(key, 'value ' + i);
    weakMap.set(key, 'value ' + i);
  }
}
fill(100);
gc();
console.log('Map:', map.size, 'WeakMap:', count(weakMap));
let sum = 0;
for (const k of map.keys()) sum += k.id;
console.log('Map keys still usable, sum of ids:', sum);
