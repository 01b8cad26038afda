// The same keys in many WeakMaps: one gc() clears all of them when the
// keys die; a dead map does not disturb the others.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;

let maps = [];
for (let m = 0; m < 8; m++) maps.push(new WeakMap());
let keys = [];
function fill() {
  for (let i = 0; i < 20; i++) {
    const k = { i };
    keys.push(k);
    maps.forEach((wm, m) => wm.set(k, m * 100 + i));
  }
}
fill();
gc();
console.log('counts:', maps.map(count).join(' '));
function dropMaps() { maps.splice(2, 3); } // three maps die while the keys live
dropMaps();
gc();
console.log('after dropping 3 maps:', maps.map(count).join(' '));
function values(i) { return maps.map((wm) => wm.get(keys[i])).join(' '); }
console.log('values:', values(7));
function dropKeys() { keys = keys.filter((k) => k.i % 4 === 0); }
dropKeys();
gc();
console.log('after dropping 15 keys:', maps.map(count).join(' '));
keys = [];
gc();
console.log('after dropping all keys:', maps.map(count).join(' '));
