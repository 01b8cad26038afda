// 20,000 WeakRefs to objects nothing else holds.  Without gc() node
// collects none of them in these few tasks; with gc() all go at once.
let refs = [];
function make(n) {
  for (let i = 0; i < n; i++) refs.push(new WeakRef({ i, pad: [i, i + 1] }));
}
make(20000);
const alive = () => refs.filter((r) => r.deref() !== undefined).length;
console.log('same task:', alive());
setTimeout(() => {
  let junk = [];
  for (let i = 0; i < 1000; i++) junk.push({ i });
  console.log('next task:', alive());
  setTimeout(() => {
    gc();
    console.log('after gc:', alive());
  }, 5);
}, 5);
