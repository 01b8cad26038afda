// A WeakRef stored as a WeakMap value does not keep its target either:
// the key (and so the value) lives, the target goes.
const wm = new WeakMap();
const key = { name: 'key' };
function make() {
  wm.set(key, new WeakRef({ name: 'target' }));
}
make();
setTimeout(() => {
  gc();
  console.log(wm.has(key), wm.get(key).deref());
}, 5);
