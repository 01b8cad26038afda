// A chain k1 -> v1 -> k2 -> v2 -> ... through one WeakMap: every link is
// kept while k1 lives, and one gc() frees the whole chain once k1 goes.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

const wm = new WeakMap();
function build(n) {
  const keys = [];
  for (let i = 0; i < n; i++) keys.push({ i });
  for (let i = 0; i < n; i++) wm.set(keys[i], { i, next: keys[i + 1] });
  return keys[0];
}
let head = build(50);
gc();
console.log('entries while the head lives:', count(wm));
let k = head;
let walked = 0;
while (k) { walked++; k = wm.get(k).next; }
console.log('walked:', walked);
head = null;
gc();
console.log('entries after one gc:', count(wm));
