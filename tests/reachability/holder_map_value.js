// A key held only as a VALUE of a regular Map is still reachable.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const byName = new Map();
function setup() {
  const k = { user: 'zoe' };
  byName.set('zoe', k);
  wm.set(k, 'profile');
}
setup();
gc();
show('held as a Map value:', wm);
byName.delete('zoe');
gc();
show('Map entry deleted:', wm);
