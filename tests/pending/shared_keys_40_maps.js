// 60 keys shared by 40 WeakMaps (2,400 entries).  Maps and keys die in
// turns; each gc() leaves exactly what the live maps and live keys allow.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

let maps = [];
let keys = [];
function fill() {
  for (let m = 0; m < 40; m++) maps.push(new WeakMap());
  for (let i = 0; i < 60; i++) {
    const k = { i };
    keys.push(k);
    for (let m = 0; m < 40; m++) maps[m].set(k, { m, i, key: k });
  }
}
fill();
const total = () => maps.reduce((s, wm) => s + count(wm), 0);
console.log('entries:', total());
gc();
console.log('after gc:', total());
function dropOddMaps() { maps = maps.filter((_, m) => m % 2 === 0); }
dropOddMaps();
gc();
console.log('half the maps left:', maps.length, total());
function dropKeys() { keys = keys.slice(0, 30); }
dropKeys();
gc();
function peek() { const v = maps[10].get(keys[29]); return v.m + ' ' + v.i; }
console.log('30 keys left:', total(), peek());
keys.length = 0;
gc();
console.log('no keys left:', total());
