// Memoizing per-object results with WeakMap, and letting entries go with gc()
const cache = new WeakMap();
let computeCount = 0;
function area(shape) {
  if (cache.has(shape)) return cache.get(shape);
  computeCount++;
  const a = shape.kind === 'circle' ? Math.PI * shape.r ** 2 : shape.w * shape.h;
  cache.set(shape, a);
  return a;
}
const shapes = [{ kind: 'rect', w: 2, h: 3 }, { kind: 'circle', r: 1 }, { kind: 'rect', w: 5, h: 5 }];
for (let round = 0; round < 3; round++) shapes.forEach(area);
console.log(shapes.map((s) => area(s).toFixed(3)), 'computed', computeCount, 'times');

let transient = { kind: 'rect', w: 1, h: 1 };
area(transient);
console.log('cached transient:', cache.has(transient));
transient = null;

const ephemeron = new WeakMap();
let key = { k: 1 };
let value = { v: 'points back', owner: null };
value.owner = key;
ephemeron.set(key, value);
key = null;
value = null;

setTimeout(() => {
  gc();
  setTimeout(() => {
    console.log('shapes still cached:', shapes.every((s) => cache.has(s)));
  }, 5);
}, 0);

const wm = new WeakMap([[shapes[0], 'first']]);
console.log(wm.get(shapes[0]), wm.set(shapes[1], 'second') === wm, wm.has(shapes[1]));
const sym = Symbol('registered?');
try { wm.set(Symbol.for('global'), 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(wm.set(sym, 'non-registered symbol key').get(sym));
