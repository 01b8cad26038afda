// The value of a top-level expression statement must not keep an object
// alive for the statements that follow it.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));
const wm = new WeakMap();
const stack = [];
function push(name) {
  const k = { name };
  stack.push(k);
  wm.set(k, name);
}
push('a');
push('b');
stack.pop(); // the statement's value is b
gc();
show('b popped:', wm);
