// gc() several times in a row, and in consecutive tasks, changes nothing
// for live keys and frees a dead key at the first one.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
const wm = new WeakMap();
const ws = new WeakSet();
let keep;
function fill() {
  keep = { keep: 1 };
  wm.set(keep, { self: keep, map: wm });
  ws.add(keep);
  const gone = { gone: 1 };
  wm.set(gone, { self: gone, map: wm });
  ws.add(gone);
}
fill();
gc(); console.log('1st:', count(wm));
gc(); gc(); gc(); console.log('4th:', count(wm));
let n = 0;
const iv = setInterval(() => {
  gc();
  console.log('tick', ++n, count(wm), ws.has(keep));
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => { keep = null; }, 2);
    setTimeout(() => { gc(); console.log('end:', count(wm)); }, 4);
  }
}, 2);
