// wm.set(k, {k}): a value that refers back to its own key must not keep the
// key alive (ephemeron semantics).  A Map with the same entry keeps it.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const map = new Map();
function add(name) {
  const k = { name };
  wm.set(k, { k, note: 'value refers to its key' });
  map.set(k, { k });
}
add('cyclic');
gc();
show('held by the Map:', wm);
map.clear();
gc();
show('Map cleared:', wm);
