// Set vs WeakSet: a Set keeps its members, a WeakSet does not.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const set = new Set();
const weakSet = new WeakSet();
function add(n) {
  for (let i = 0; i < n; i++) {
    const o = { i };
    set.add(o);
    weakSet.add(o);
  }
}
add(3);
gc();
show('set:', set);
show('weakSet (kept by the Set):', weakSet);
set.clear();
gc();
show('set cleared:', set);
show('weakSet after set cleared:', weakSet);
