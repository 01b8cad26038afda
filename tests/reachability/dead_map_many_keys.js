// Many live keys, one dead map: all of the map's values go.
const keys = [];
for (let i = 0; i < 100; i++) keys.push({ i });
let wm = new WeakMap();
const refs = [];
function setup() {
  for (const k of keys) {
    const v = { big: new Array(100).fill(k.i) };
    wm.set(k, v);
    refs.push(new WeakRef(v));
  }
}
setup();
const alive = () => refs.filter((r) => r.deref() !== undefined).length;
setTimeout(() => {
  gc();
  console.log('values alive with the map:', alive());
  wm = null;
}, 1);
setTimeout(() => {
  gc();
  console.log('values alive after the map died:', alive());
  console.log('keys:', keys.length);
}, 10);
