// A held value is held strongly by the registry: an object reachable only
// as a held value stays alive (and a WeakMap keyed by it keeps its entry)
// until its cleanup has run.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
const wm = new WeakMap();
let seen = [];
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup for', held.name, 'entry:', wm.get(held));
  seen.push(held);
});
function register() {
  const target = { target: true };
  const held = { name: 'held' };
  wm.set(held, 'keyed by held value');
  registry.register(target, held);
}
register();
gc();
console.log('after gc, entries:', count(wm));
setTimeout(() => {
  gc();
  console.log('held value kept by seen:', count(wm));
  seen = [];
  gc();
  console.log('after seen = []:', count(wm));
}, 10);
