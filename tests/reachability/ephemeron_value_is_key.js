// wm.set(k, k) and ws.add(k) where k is only reachable through the entry.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const ws = new WeakSet();
function add() {
  const a = { name: 'a' };
  const b = { name: 'b' };
  wm.set(a, a);
  wm.set(b, [b, b]);
  ws.add(a);
  ws.add(b);
}
add();
gc();
show('wm:', wm);
show('ws:', ws);
