// A dead WeakMap releases its values even though their keys live on.
let key = { name: 'long-lived key' };
let wm = new WeakMap();
let refValue, refMap;
function setup() {
  const value = { payload: 'value' };
  wm.set(key, value);
  refValue = new WeakRef(value);
  refMap = new WeakRef(wm);
}
setup();
setTimeout(() => {
  gc();
  console.log('map alive:', refMap.deref() === wm, refValue.deref());
}, 1);
setTimeout(() => {
  wm = null;
}, 5);
setTimeout(() => {
  gc();
  console.log('map dropped:', refMap.deref(), refValue.deref());
  console.log('key still here:', key);
}, 10);
