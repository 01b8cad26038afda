// 100 WeakRefs, every third target held in an array: after gc() in a later
// task exactly those answer.
const held = [];
const refs = [];
function make() {
  for (let i = 0; i < 100; i++) {
    const o = { i };
    if (i % 3 === 0) held.push(o);
    refs.push(new WeakRef(o));
  }
}
make();
setTimeout(() => {
  gc();
  const live = refs.filter((r) => r.deref() !== undefined).map((r) => r.deref().i);
  console.log(live.length, live.slice(0, 8).join(','));
}, 5);
