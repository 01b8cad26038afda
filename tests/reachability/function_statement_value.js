// Inside a function, the value of an expression statement is dropped at
// once: an object a call returned and nobody kept is gone at the next gc()
// in the same function.
const util = require('util');
const wm = new WeakMap();
function make() {
  const o = { made: true };
  wm.set(o, 'value');
  return o;
}
function run() {
  make();
  gc();
  console.log('after gc in the same function:', util.inspect(wm, { showHidden: true }));
}
run();
