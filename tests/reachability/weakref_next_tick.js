// WeakRef targets made by the main script are kept through its nextTick
// callbacks and microtasks, and released once the task ends.
let ref = new WeakRef({ name: 'made by the script' });
process.nextTick(() => {
  gc();
  console.log('tick:', ref.deref());
  Promise.resolve().then(() => {
    gc();
    console.log('microtask:', ref.deref());
  });
});
setTimeout(() => {
  gc();
  console.log('timer:', ref.deref());
  const ref2 = new WeakRef({ name: 'made by the timer' });
  process.nextTick(() => {
    gc();
    console.log('tick after timer:', ref2.deref());
  });
  setTimeout(() => {
    gc();
    console.log('later timer:', ref2.deref());
  }, 1);
}, 1);
