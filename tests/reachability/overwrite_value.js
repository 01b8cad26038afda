// set() on an existing key replaces the value; the old value is freed.
const wm = new WeakMap();
const key = { name: 'key' };
const refs = [];
function setup() {
  for (let i = 0; i < 5; i++) {
    const v = { version: i };
    wm.set(key, v);
    refs.push(new WeakRef(v));
  }
}
setup();
setTimeout(() => {
  gc();
  console.log(refs.map((r) => (r.deref() ? r.deref().version : '-')).join(' '));
  console.log(wm.get(key));
}, 5);
