// delete() removes an entry at once; the deleted value is then free to go
// although the key lives on.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const key = { name: 'key' };
let ref;
function setup() {
  const value = { payload: 'deleted value' };
  wm.set(key, value);
  ref = new WeakRef(value);
}
setup();
console.log('delete:', wm.delete(key), 'again:', wm.delete(key));
console.log('has:', wm.has(key), 'get:', wm.get(key));
show('map:', wm);
setTimeout(() => {
  gc();
  console.log('deleted value:', ref.deref());
  show('key alive, map empty:', wm);
}, 5);
