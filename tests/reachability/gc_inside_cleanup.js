// gc() called inside a cleanup callback: a target dropped by the callback
// is collected, and its own cleanup comes later, in another task.
let stash = [];
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup', held);
  if (held === 'first') {
    stash = [];
    gc();
    console.log('gc inside cleanup done');
  }
});
function setup() {
  registry.register({}, 'first');
  const second = { second: true };
  stash.push(second);
  registry.register(second, 'second');
}
setup();
gc();
setTimeout(() => console.log('timer'), 30);
