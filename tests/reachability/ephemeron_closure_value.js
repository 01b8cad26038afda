// The value is a closure over its own key: still an ephemeron cycle.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;

const handlers = new WeakMap();
let el = null;
function attach() {
  const button = { tag: 'button' };
  handlers.set(button, function onClick() { return button.tag + ' clicked'; });
  el = button;
}
attach();
gc();
console.log('attached:', count(handlers), typeof handlers.get(el));
setTimeout(() => {
  console.log(handlers.get(el)());
}, 1);
setTimeout(() => {
  el = null;
  gc();
  console.log('element gone:', count(handlers));
}, 5);
