// Objects held by arrays, released by splice, length = 0, pop, shift,
// fill, delete and reassigning the array.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
const wm = new WeakMap();
const arrays = {};
function make(name, n) {
  const a = [];
  for (let i = 0; i < n; i++) { const o = { name, i }; wm.set(o, name + i); a.push(o); }
  arrays[name] = a;
}
['splice', 'len', 'pop', 'shift', 'fill', 'del', 'reassign'].forEach((n) => make(n, 4));
gc();
console.log('start:', count(wm));
function step(label, fn) { fn(); gc(); console.log(label + ':', count(wm)); }
step('splice(1, 2)', () => arrays.splice.splice(1, 2));
step('length = 0', () => { arrays.len.length = 0; });
step('pop twice', () => { arrays.pop.pop(); arrays.pop.pop(); });
step('shift once', () => { arrays.shift.shift(); });
step('fill(null)', () => { arrays.fill.fill(null); });
step('delete [0]', () => { delete arrays.del[0]; });
step('reassign', () => { arrays.reassign = []; });
step('delete property', () => { delete arrays.splice; });
step('length = 1', () => { arrays.shift.length = 1; });
