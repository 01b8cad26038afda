// The same chain, entered into the map from its tail to its head, so that
// the collector meets the entries in the worst order.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

const wm = new WeakMap();
function build(n) {
  const keys = [];
  for (let i = 0; i < n; i++) keys.push({ i });
  for (let i = n - 1; i >= 0; i--) wm.set(keys[i], { i, next: keys[i + 1] });
  return keys[0];
}
let head = build(200);
gc();
console.log('entries while the head lives:', count(wm));
head = wm.get(head).next; // drop the first link only
gc();
console.log('after dropping k0:', count(wm));
head = null;
gc();
console.log('entries after one gc:', count(wm));
