// deref() in a task keeps the target through that task only: a gc() in
// the same task cannot free it, a gc() in a later task can.
let ref;
function make() {
  ref = new WeakRef({ name: 'target' });
}
make();
setTimeout(() => {
  gc();
  // no deref() since the creating task: the target is gone
  console.log('task 2:', ref.deref());
}, 5);

let ref2;
function make2() {
  ref2 = new WeakRef({ name: 'second' });
}
setTimeout(() => {
  make2();
}, 10);
setTimeout(() => {
  console.log('task 4 deref:', ref2.deref()); // keeps it for this task
  gc();
  console.log('task 4 after gc:', ref2.deref());
}, 15);
setTimeout(() => {
  gc();
  console.log('task 5:', ref2.deref());
}, 20);
