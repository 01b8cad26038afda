// Deleting and re-adding a key: the new value is kept, the old one freed;
// a re-added key still does not keep itself alive.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
let key = { name: 'key' };
let oldRef, newRef;
function setup() {
  const v1 = { version: 1 };
  wm.set(key, v1);
  oldRef = new WeakRef(v1);
  wm.delete(key);
  const v2 = { version: 2 };
  wm.set(key, v2);
  newRef = new WeakRef(v2);
}
setup();
show('re-added:', wm);
setTimeout(() => {
  gc();
  console.log('old value:', oldRef.deref(), 'new value:', newRef.deref());
}, 5);
setTimeout(() => {
  key = null;
  gc();
  show('key dropped:', wm);
}, 10);
setTimeout(() => {
  gc();
  console.log('new value after its key died:', newRef.deref());
}, 15);
