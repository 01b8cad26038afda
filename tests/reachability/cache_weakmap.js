// Use case: caching.  Results cached per object in a WeakMap vanish with
// the object; a Map cache keeps its objects (and results) forever.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;

function makeCached(cache) {
  let computed = 0;
  const fn = (obj) => {
    if (!cache.has(obj)) {
      computed++;
      cache.set(obj, { square: obj.n * obj.n });
    }
    return cache.get(obj).square;
  };
  fn.computed = () => computed;
  return fn;
}
const weakCache = new WeakMap();
const mapCache = new Map();
const viaWeak = makeCached(weakCache);
const viaMap = makeCached(mapCache);
let objs = [];
function use(f) {
  for (let i = 1; i <= 5; i++) objs.push({ n: i });
  let total = 0;
  for (let round = 0; round < 3; round++) for (const o of objs) total += f(o);
  return total;
}
console.log('weak: total', use(viaWeak), 'computed', viaWeak.computed());
objs = [];
console.log('map: total', use(viaMap), 'computed', viaMap.computed());
objs = [];
gc();
console.log('cached: weak', count(weakCache), 'map', mapCache.size);
