// One key in a WeakMap, a WeakSet, a Map and a Set at once.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap(), ws = new WeakSet(), map = new Map(), set = new Set();
function add() {
  const k = { shared: true };
  wm.set(k, 'wm'); ws.add(k); map.set(k, 'map'); set.add(k);
}
add();
gc();
show('wm:', wm); show('ws:', ws);
map.clear();
gc();
show('Map cleared, Set keeps it:', ws);
set.clear();
gc();
show('wm:', wm); show('ws:', ws);
