// A closure that captures a key keeps it (and its WeakMap entry) alive;
// dropping the closure lets both go.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
function makeGreeter() {
  const user = { name: 'Ann' };
  wm.set(user, 'weak');
  return () => 'hello ' + user.name;
}
let greet = makeGreeter();
gc();
show('closure alive:', wm);
console.log(greet());

greet = null;
gc();
show('closure dropped:', wm);
