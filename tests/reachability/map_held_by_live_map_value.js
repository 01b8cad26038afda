// A map that is a value in another, live map under a live key stays alive
// even though its own values refer back to it; once the outer entry is
// deleted it dies.
const util = require('util');
const outer = new WeakMap();
const key = { name: 'key' };
const k2 = { name: 'k2' };
let ref;
function setup() {
  const inner = new WeakMap();
  inner.set(k2, { inner, k2 });
  outer.set(key, inner);
  ref = new WeakRef(inner);
}
setup();
setTimeout(() => {
  gc();
  console.log('held by outer:', util.inspect(ref.deref(), { showHidden: true, depth: 1 }));
  outer.delete(key);
}, 1);
setTimeout(() => {
  gc();
  console.log('after delete:', ref.deref());
}, 5);
