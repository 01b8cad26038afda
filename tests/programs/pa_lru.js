class LRUCache {
  #cap; #map = new Map(); #hits = 0; #misses = 0;
  constructor(cap) { if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`capacity must be a positive integer, got ${cap}`); this.#cap = cap; }
  get(k) { if (!this.#map.has(k)) { this.#misses++; return undefined; } const v = this.#map.get(k); this.#map.delete(k); this.#map.set(k, v); this.#hits++; return v; }
  set(k, v) { if (this.#map.has(k)) this.#map.delete(k); else if (this.#map.size >= this.#cap) this.#map.delete(this.#map.keys().next().value); this.#map.set(k, v); return this; }
  get stats() { const total = this.#hits + this.#misses; return { hits: this.#hits, misses: this.#misses, ratio: total ? +(this.#hits / total).toFixed(3) : 0 }; }
  keys() { return [...this.#map.keys()]; }
  get size() { return this.#map.size; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return `LRUCache(${this.size}/${this.#cap}) [${this.keys().join(', ')}]`; }
}
const cache = new LRUCache(3);
cache.set('a', 1).set('b', 2).set('c', 3);
console.log(cache.get('a'), cache.keys());
cache.set('d', 4);
console.log(cache.keys(), cache.get('b'), cache.get('c'));
cache.set('a', 10).set('e', 5);
console.log(cache.keys(), cache.stats, cache);
console.log([cache], { c: cache });
for (const bad of [0, -1, 1.5, '3']) { try { new LRUCache(bad); } catch (e) { console.log(e.message); } }
const memoFib = (() => { const c = new LRUCache(100); const f = n => { if (n < 2) return n; const hit = c.get(n); if (hit !== undefined) return hit; const v = f(n - 1) + f(n - 2); c.set(n, v); return v; }; f.cache = c; return f; })();
console.log(memoFib(50), memoFib(78), memoFib.cache.stats);
const ttlStore = new Map();
const put = (k, v, now, ttl) => ttlStore.set(k, { v, exp: now + ttl });
const getAt = (k, now) => { const e = ttlStore.get(k); if (!e) return 'missing'; if (e.exp <= now) { ttlStore.delete(k); return 'expired'; } return e.v; };
put('x', 1, 0, 10); put('y', 2, 0, 5);
console.log([0, 4, 5, 9, 10].map(t => [t, getAt('x', t), getAt('y', t)]));
console.log(ttlStore);
