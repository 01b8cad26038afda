// node 20 accepts non-registered symbols as weak keys; registered ones
// (Symbol.for) are rejected.  A symbol key lives while the symbol does.
const util = require('util');
const wm = new WeakMap();
const ws = new WeakSet();
let sym = Symbol('token');
wm.set(sym, 'symbol value');
ws.add(sym);
console.log(wm.get(sym), wm.has(sym), ws.has(sym));
try {
  wm.set(Symbol.for('registered'), 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  ws.add(Symbol.for('registered'));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(typeof new WeakRef(sym).deref());
sym = null;
gc();
console.log(util.inspect(wm, { showHidden: true }), util.inspect(ws, { showHidden: true }));
