// A WeakRef answers while something else holds the target: a Map keeps it,
// a WeakMap does not.
const map = new Map();
const wm = new WeakMap();
let refA, refB;
function make() {
  const a = { name: 'in a Map' };
  const b = { name: 'in a WeakMap' };
  map.set(a, 1);
  wm.set(b, 1);
  refA = new WeakRef(a);
  refB = new WeakRef(b);
}
make();
setTimeout(() => {
  gc();
  console.log('Map key:', refA.deref(), 'WeakMap key:', refB.deref());
}, 5);
setTimeout(() => {
  map.clear();
}, 10);
setTimeout(() => {
  gc();
  console.log('Map cleared:', refA.deref());
}, 15);
