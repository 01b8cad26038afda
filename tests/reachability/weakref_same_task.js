// A WeakRef target created in the current task is kept until the task
// ends, even across gc(): deref() keeps answering in the same task.
let ref;
function make() {
  const target = { name: 'target' };
  ref = new WeakRef(target);
}
make();
gc();
console.log('same task, after gc:', ref.deref());
gc();
console.log('still the same task:', ref.deref());
Promise.resolve().then(() => {
  gc();
  console.log('microtask of the same task:', ref.deref());
});
setTimeout(() => {
  gc();
  console.log('later task:', ref.deref());
}, 5);
