// The value of the script's last expression statement (here the popped
// key) must not stay alive once the script has ended.
const util = require('util');
const wm = new WeakMap();
const holder = [];
function fill() {
  for (const name of ['a', 'b']) {
    const k = { name };
    holder.push(k);
    wm.set(k, name);
  }
}
fill();
setTimeout(() => {
  gc();
  console.log(util.inspect(wm, { showHidden: true }));
}, 5);
holder.pop();
