// A value referenced only from a WeakMap stays alive while both its key
// and the map live (observed through a WeakRef in later tasks).
const wm = new WeakMap();
let key = { name: 'key' };
let ref;
function setup() {
  const value = { payload: 'only in the map' };
  wm.set(key, value);
  ref = new WeakRef(value);
}
setup();
setTimeout(() => {
  gc();
  console.log('task 2, after gc:', ref.deref());
}, 1);
setTimeout(() => {
  gc();
  console.log('task 3, after gc:', ref.deref() === wm.get(key));
}, 5);
setTimeout(() => {
  key = null;
  gc();
}, 10);
setTimeout(() => {
  gc();
  console.log('task 5, key dropped:', ref.deref());
}, 15);
