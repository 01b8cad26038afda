// Two maps that are each other's values, under one live key: nothing else
// holds either map, so both die, and the key lives on.
const key = { name: 'key' };
let r1, r2;
function setup() {
  const wm1 = new WeakMap();
  const wm2 = new WeakMap();
  wm1.set(key, wm2);
  wm2.set(key, wm1);
  r1 = new WeakRef(wm1);
  r2 = new WeakRef(wm2);
}
setup();
setTimeout(() => {
  gc();
  console.log('wm1:', r1.deref(), 'wm2:', r2.deref(), 'key:', key);
}, 1);
