// WeakSet: add, delete, add again, then let the object go.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const ws = new WeakSet();
let obj = { name: 'obj' };
ws.add(obj);
console.log(ws.has(obj), ws.delete(obj), ws.has(obj), ws.delete(obj));
ws.add(obj).add(obj);
console.log(ws.has(obj));
show('one member:', ws);
obj = null;
gc();
show('after gc:', ws);
