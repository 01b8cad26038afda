// WeakSet membership after gc(): live members answer has() and are listed;
// dead members are gone.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const seen = new WeakSet();
const live = [];
function visit(n) {
  for (let i = 0; i < n; i++) {
    const node = { node: i };
    seen.add(node);
    if (i % 3 === 0) live.push(node);
  }
}
visit(10);
gc();
show('members:', seen);
console.log(live.map((n) => seen.has(n)).join(' '));
console.log('a fresh object:', seen.has({ node: 0 }));
seen.delete(live[1]);
show('after delete:', seen);
console.log(seen.has(live[1]));
