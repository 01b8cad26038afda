// Unregistered symbols as WeakRef targets, FinalizationRegistry targets
// and WeakSet members; Symbol.for symbols are rejected everywhere.
const util = require('util');
let calls = [];
const registry = new FinalizationRegistry((h) => calls.push(h));
const ws = new WeakSet();
let ref, live;
function setup() {
  const dying = Symbol('dying');
  live = Symbol('live');
  ref = new WeakRef(dying);
  registry.register(dying, 'dying symbol');
  registry.register(live, 'live symbol');
  ws.add(dying).add(live);
}
setup();
for (const f of [() => new WeakRef(Symbol.for('r')), () => ws.add(Symbol.for('s')),
                 () => registry.register(Symbol.for('t'), 1)]) {
  try { f(); } catch (e) { console.log(e.constructor.name + ':', e.message); }
}
setTimeout(() => {
  gc();
  console.log('deref:', ref.deref(), 'live in set:', ws.has(live));
  console.log(util.inspect(ws, { showHidden: true }));
  setTimeout(() => console.log('cleanups:', calls), 10);
}, 5);
