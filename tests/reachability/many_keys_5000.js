// 5,000 keys in a Map and a WeakMap (and a WeakSet); most are dropped in
// steps.  No gc() between filling and the first count: nothing may vanish.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;
const countSet = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/id:/g) || []).length;

const map = new Map();
const wm = new WeakMap();
const ws = new WeakSet();
let keep = [];
function fill(n) {
  for (let i = 0; i < n; i++) {
    const k = { id: i };
    map.set(k, i);
    wm.set(k, { square: i * i });
    ws.add(k);
    if (i % 100 === 0) keep.push(k);
  }
}
fill(5000);
console.log('filled:', map.size, count(wm), countSet(ws));
gc();
console.log('gc with Map alive:', map.size, count(wm), countSet(ws));
map.clear();
gc();
console.log('after map.clear():', map.size, count(wm), countSet(ws));
function peek(i) { return wm.get(keep[i]).square + ' ' + ws.has(keep[i]); }
console.log('value of keep[7]:', peek(7));
function cut() { keep.splice(0, 40); }
cut();
gc();
console.log('after splice:', count(wm), countSet(ws));
keep = null;
gc();
console.log('after keep = null:', count(wm), countSet(ws));
