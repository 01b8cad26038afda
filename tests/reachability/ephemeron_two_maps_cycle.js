// A cycle through two WeakMaps: wm1: a -> {b}, wm2: b -> {a}.  Neither
// entry keeps the other's key alive once nothing else holds a or b.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm1 = new WeakMap();
const wm2 = new WeakMap();
let anchor = null;
function build() {
  const a = { name: 'a' };
  const b = { name: 'b' };
  wm1.set(a, { partner: b });
  wm2.set(b, { partner: a });
  anchor = a;
}
build();
gc();
show('wm1 (a anchored):', wm1);
show('wm2 (b via wm1 value):', wm2);
anchor = null;
gc();
show('wm1:', wm1);
show('wm2:', wm2);
