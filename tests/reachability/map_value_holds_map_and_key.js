// A value that holds both its map and its key: with the map still held by
// a variable the entry stays; once neither the map nor the key is held,
// map, key and value all go.
const util = require('util');
let wm = new WeakMap();
let key = { name: 'key' };
wm.set(key, { map: wm, key });
let refs;
function refsTo() {
  refs = { map: new WeakRef(wm), key: new WeakRef(key), value: new WeakRef(wm.get(key)) };
}
refsTo();
setTimeout(() => {
  key = null;
  gc();
  console.log('key dropped, map held:', util.inspect(wm, { showHidden: true, depth: 0 }));
  console.log('value:', refs.value.deref() === undefined ? 'gone' : 'alive');
  wm = null;
}, 1);
setTimeout(() => {
  gc();
  for (const [name, ref] of Object.entries(refs)) console.log(name, ref.deref() === undefined ? 'gone' : 'alive');
}, 5);
