// Memoization keyed by argument objects: the cache (a WeakMap) never keeps
// an argument alive, while the same cache as a Map keeps every one.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

function memoize(fn, cache) {
  let hits = 0, misses = 0;
  const m = (obj) => {
    if (cache.has(obj)) { hits++; return cache.get(obj); }
    misses++;
    const r = fn(obj);
    cache.set(obj, r);
    return r;
  };
  m.stats = () => `hits=${hits} misses=${misses}`;
  return m;
}
const weakCache = new WeakMap();
const strongCache = new Map();
const area = (r) => ({ area: r.w * r.h });
const weakArea = memoize(area, weakCache);
const strongArea = memoize(area, strongCache);

let live = [];
function work() {
  for (let i = 0; i < 300; i++) {
    const rect = { w: i, h: 2 };
    weakArea(rect); weakArea(rect);
    strongArea(rect);
    if (i % 10 === 0) live.push(rect);
  }
}
work();
console.log(weakArea.stats(), strongArea.stats());
gc();
console.log('weak cache:', count(weakCache), 'strong cache:', strongCache.size);
console.log('cached area of live[3]:', weakArea(live[3]).area, weakArea.stats());
live.length = 0;
gc();
console.log('after live.length = 0:', count(weakCache), strongCache.size);
strongCache.clear();
gc();
console.log('after clear:', count(weakCache), strongCache.size);
