// A WeakMap that is both a key and the value in itself, and a WeakSet that
// contains itself: each dies once unreferenced.
let refs = [];
function setup() {
  const wm = new WeakMap();
  wm.set(wm, wm);
  const ws = new WeakSet();
  ws.add(ws);
  const a = new WeakMap();
  const b = { name: 'b' };
  a.set(b, a);
  refs = [new WeakRef(wm), new WeakRef(ws), new WeakRef(a), new WeakRef(b)];
}
setup();
setTimeout(() => {
  gc();
  console.log(refs.map((r) => r.deref()));
}, 1);
