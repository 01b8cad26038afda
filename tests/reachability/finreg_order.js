// Cleanup order with several targets collected by gc() calls in successive
// tasks: each cleanup follows the collection that freed its target.
// (Targets freed by ONE collection come in an order node does not fix.)
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup', held);
});
const targets = [];
function register() {
  for (let i = 0; i < 4; i++) {
    const t = { i };
    targets.push(t);
    registry.register(t, 'target ' + i);
  }
}
register();
const order = [2, 0, 3, 1];
order.forEach((i, n) => {
  setTimeout(() => {
    targets[i] = null;
    gc();
    console.log('collected after dropping target', i);
  }, 50 * (n + 1));
});
setTimeout(() => console.log('later'), 300);
