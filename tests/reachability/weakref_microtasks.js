// A WeakRef target made in a task survives gc() in that task's microtasks
// and nextTicks (same job), and dies in a gc() of a later task.
let ref;
function make() { ref = new WeakRef({ made: 'in task 1' }); }
make();
Promise.resolve().then(() => {
  gc();
  console.log('microtask:', ref.deref());
  queueMicrotask(() => {
    gc();
    console.log('nested microtask:', ref.deref() !== undefined);
  });
});
process.nextTick(() => {
  gc();
  console.log('nextTick:', ref.deref() !== undefined);
});
setTimeout(() => {
  gc();
  console.log('later task:', ref.deref());
  let ref2;
  (function () { ref2 = new WeakRef({ made: 'in task 2' }); })();
  Promise.resolve().then(() => { gc(); console.log('task 2 microtask:', ref2.deref()); });
  setTimeout(() => {
    Promise.resolve().then(() => { gc(); console.log('task 3 microtask:', ref2.deref()); });
  }, 5);
}, 5);
