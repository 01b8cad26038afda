// Set vs WeakSet with counts: 1000 objects added to both and dropped.
const util = require('util');
const count = (x) => {
  const s = util.inspect(x, { showHidden: true, maxArrayLength: Infinity, breakLength: Infinity });
  return (s.match(/\{ n: /g) || []).length;
};

const set = new Set();
const weakSet = new WeakSet();
function add(n) {
  for (let i = 0; i < n; i++) {
    const o = { n: i };
    set.add(o);
    weakSet.add(o);
  }
}
add(1000);
gc();
console.log('set.size', set.size, 'weakSet members', count(weakSet));
function dropHalf() {
  let i = 0;
  for (const o of set) if (i++ % 2) set.delete(o);
}
dropHalf();
gc();
console.log('set.size', set.size, 'weakSet members', count(weakSet));
set.clear();
gc();
console.log('set.size', set.size, 'weakSet members', count(weakSet));
