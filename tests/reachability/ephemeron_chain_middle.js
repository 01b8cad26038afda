// Holding a key in the middle of a chain keeps only the tail from it on.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
let middle;
function build() {
  const keys = ['k0', 'k1', 'k2', 'k3', 'k4'].map((name) => ({ name }));
  keys.forEach((k, i) => wm.set(k, { v: i, next: keys[i + 1] || null }));
  middle = keys[2];
}
build();
gc();
show('from k2 on:', wm);
middle = null;
gc();
show('none:', wm);
