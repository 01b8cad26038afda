// An LRU cache on top of Map's insertion order
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
  }
  get(key) {
    if (!this.map.has(key)) {
      this.misses++;
      return undefined;
    }
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    this.hits++;
    return value;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      console.log('  evict', oldest);
    }
    this.map.set(key, value);
    return this;
  }
  [Symbol.iterator]() {
    return this.map.entries();
  }
  toString() {
    return `LRU(${[...this.map.keys()].join(' > ')}) hits=${this.hits} misses=${this.misses}`;
  }
}

const cache = new LRUCache(3);
cache.set('a', 1).set('b', 2).set('c', 3);
console.log(String(cache));
cache.get('a');
cache.set('d', 4);
console.log(`${cache}`);
console.log(cache.get('b'), cache.get('c'), cache.get('zzz'));
cache.set('e', 5).set('a', 10);
console.log(cache.toString());
console.log([...cache], Object.fromEntries(cache));

function cachedFetch(lru, key, compute) {
  let v = lru.get(key);
  if (v === undefined) {
    v = compute(key);
    lru.set(key, v);
  }
  return v;
}
const squares = new LRUCache(2);
for (const n of [2, 3, 2, 4, 3, 2, 2]) console.log(n, '->', cachedFetch(squares, n, (k) => k * k));
console.log(squares.toString());
