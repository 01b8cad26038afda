// Keys held by an array stay in the WeakMap; removing them from the array
// one by one removes them from the WeakMap after gc().
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
const holder = [];
function fill() {
  for (const name of ['a', 'b', 'c', 'd']) {
    const k = { name };
    holder.push(k);
    wm.set(k, name.toUpperCase());
  }
}
fill();
gc();
show('all held:', wm);
holder.splice(1, 2); // drop b and c
gc();
show('b and c dropped:', wm);
holder.length = 0;
gc();
show('array emptied:', wm);
