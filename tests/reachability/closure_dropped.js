// Keys reachable only from closures: alive while the closure is, gone
// once the closure itself is dropped (and with it the scope it captured).
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
const wm = new WeakMap();
let handlers = [];
function makeHandler(name) {
  const state = { name, clicks: 0 };
  wm.set(state, 'state of ' + name);
  return () => ++state.clicks;
}
function install() {
  for (const n of ['a', 'b', 'c', 'd']) handlers.push(makeHandler(n));
}
install();
handlers[1](); handlers[1]();
gc();
console.log('closures alive:', count(wm));
function removeOne() { handlers.splice(1, 1); }
removeOne();
gc();
console.log('after removing one closure:', count(wm));
let outer = (function () {
  const big = { big: true };
  wm.set(big, 'big');
  const inner = () => big;
  return { inner };
})();
gc();
console.log('held by a closure in an object:', count(wm));
outer.inner = null;
gc();
console.log('after outer.inner = null:', count(wm));
outer = null;
handlers = [];
gc();
console.log('after dropping all:', count(wm));
