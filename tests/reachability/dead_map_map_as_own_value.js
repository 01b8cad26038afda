// wm.set(k, wm): the map is its own value.  With k alive and nothing else
// holding wm, the map is unreachable and must be collected.
let key = { name: 'key' };
let ref;
function setup() {
  const wm = new WeakMap();
  wm.set(key, wm);
  ref = new WeakRef(wm);
}
setup();
setTimeout(() => {
  gc();
  console.log('map:', ref.deref());
}, 5);
