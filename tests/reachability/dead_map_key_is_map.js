// A WeakMap used as a key in itself, and a WeakSet holding itself.
const util = require('util');
let ref1, ref2;
function setup() {
  const wm = new WeakMap();
  wm.set(wm, 'itself');
  const ws = new WeakSet();
  ws.add(ws);
  console.log(util.inspect(wm, { showHidden: true }), wm.get(wm));
  console.log(util.inspect(ws, { showHidden: true }), ws.has(ws));
  ref1 = new WeakRef(wm);
  ref2 = new WeakRef(ws);
}
setup();
setTimeout(() => {
  gc();
  console.log(ref1.deref(), ref2.deref());
}, 5);
