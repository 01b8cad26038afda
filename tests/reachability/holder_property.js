// An object property holding a key keeps its WeakMap entry; deleting the
// property or overwriting it releases the key.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const registry = {};
function setup() {
  const first = { id: 1 }, second = { id: 2 }, third = { id: 3 };
  registry.first = first;
  registry.second = second;
  registry.nested = { deeper: { third } };
  wm.set(first, 'one').set(second, 'two').set(third, 'three');
}
setup();
gc();
show('all held:', wm);
delete registry.first;
gc();
show('first deleted:', wm);
registry.second = 'replaced';
gc();
show('second overwritten:', wm);
registry.nested.deeper = null;
gc();
show('nested cleared:', wm);
