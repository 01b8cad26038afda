// A value that refers to its own map must not keep the map alive: the
// value is reachable only through the map, so map and value die together
// although the key lives on.
let key = { name: 'key' };
let wm = new WeakMap();
let refMap, refValue;
function setup() {
  const value = { owner: wm };
  wm.set(key, value);
  refMap = new WeakRef(wm);
  refValue = new WeakRef(value);
}
setup();
setTimeout(() => {
  wm = null;
}, 1);
setTimeout(() => {
  gc();
  console.log('map:', refMap.deref());
  console.log('value:', refValue.deref());
  console.log('key:', key);
}, 10);
