// A 1,000-long ephemeron chain k0 -> v0 -> k1 -> ... in one WeakMap, and a
// chain that alternates between two maps: one gc() frees each whole chain
// when its head dies, and nothing while the head lives.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity, depth: 0 }).match(/=>/g) || []).length;
const wm = new WeakMap();
const a = new WeakMap(), b = new WeakMap();
let head1, head2;
function build() {
  let k = (head1 = { n: 0 });
  for (let i = 1; i <= 1000; i++) { const next = { n: i }; wm.set(k, { next }); k = next; }
  k = (head2 = { n: 0 });
  for (let i = 1; i <= 500; i++) { const next = { n: i }; (i % 2 ? a : b).set(k, { next }); k = next; }
}
build();
gc();
console.log('chain lives:', count(wm), count(a), count(b));
function walk() { let k = head1, n = 0; while (wm.has(k)) { k = wm.get(k).next; n++; } return n; }
console.log('walk:', walk());
head1 = null;
gc();
console.log('after head1 = null:', count(wm), count(a), count(b));
head2 = null;
gc();
console.log('after head2 = null:', count(wm), count(a), count(b));
