// Allocation between tasks runs ordinary collections; only gc() may
// clear a WeakRef, drop a WeakMap entry or call a cleanup.
const util = require('util');
const wm = new WeakMap();
const fr = new FinalizationRegistry((held) => console.log('cleanup', held));
let ref;
(function () {
  const target = { name: 'target' };
  ref = new WeakRef(target);
  fr.register(target, 'target');
  wm.set(target, 'value');
})();
function churn() {
  let keep = 0;
  for (let i = 0; i < 30000; i++) keep += [i, { i }].length;
  return keep;
}
setTimeout(() => {
  console.log('churn', churn());
  console.log('task 2:', ref.deref());
  console.log(util.inspect(wm, { showHidden: true }));
}, 1);
setTimeout(() => {
  console.log('churn', churn());
  console.log('task 3:', ref.deref());
  gc();
  console.log('task 3 after gc:', ref.deref());
}, 2);
setTimeout(() => {
  gc();
  console.log('task 4:', ref.deref());
  console.log(util.inspect(wm, { showHidden: true }));
}, 3);
