class Emitter {
  #handlers = new Map();
  on(evt, fn) { if (!this.#handlers.has(evt)) this.#handlers.set(evt, []); this.#handlers.get(evt).push(fn); return this; }
  once(evt, fn) { const w = (...a) => { this.off(evt, w); fn.apply(this, a); }; w.orig = fn; return this.on(evt, w); }
  off(evt, fn) { const l = this.#handlers.get(evt); if (l) this.#handlers.set(evt, l.filter(h => h !== fn && h.orig !== fn)); return this; }
  emit(evt, ...args) {
    const l = this.#handlers.get(evt);
    if (!l || !l.length) { if (evt === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${args[0]}`); return false; }
    [...l].forEach(h => h.apply(this, args));
    return true;
  }
  listenerCount(evt) { return this.#handlers.get(evt)?.length ?? 0; }
}
class Store extends Emitter {
  #state;
  constructor(initial) { super(); this.#state = { ...initial }; }
  get state() { return Object.freeze({ ...this.#state }); }
  set(key, value) {
    const old = this.#state[key];
    if (Object.is(old, value)) return;
    this.#state[key] = value;
    this.emit('change', { key, old, value });
  }
}
const store = new Store({ count: 0, user: null });
const log = [];
store.on('change', ({ key, old, value }) => log.push(`${key}: ${JSON.stringify(old)} -> ${JSON.stringify(value)}`));
store.once('change', e => console.log('first change only:', e));
store.set('count', 1);
store.set('count', 1);
store.set('user', { name: 'Ann' });
store.set('count', NaN);
store.set('count', NaN);
console.log(log);
console.log(store.state, Object.isFrozen(store.state), store.listenerCount('change'));
try { store.emit('error', 'disk full'); } catch (e) { console.log(e.message); }
try { store.emit('error', new RangeError('too big')); } catch (e) { console.log(e.name, e.message); }
console.log(store.emit('nothing'), store);
const counts = {};
const bus = new Emitter();
['a', 'b', 'a', 'c', 'a'].forEach(e => bus.on(e, function () { counts[e] = (counts[e] || 0) + 1; }));
bus.emit('a'); bus.emit('b'); bus.emit('z');
console.log(counts);
const debounceLog = [];
function makeThrottle(fn, n) { let calls = 0; return (...a) => (++calls % n === 0 ? fn(...a) : undefined); }
const every3 = makeThrottle(x => debounceLog.push(x), 3);
for (let i = 1; i <= 10; i++) every3(i);
console.log(debounceLog);
const pipe = (...fns) => x => fns.reduce((v, f) => f(v), x);
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
const inc = x => x + 1, dbl = x => x * 2, sq = x => x * x;
console.log(pipe(inc, dbl, sq)(3), compose(inc, dbl, sq)(3));
const curry = fn => function curried(...a) { return a.length >= fn.length ? fn.apply(this, a) : (...b) => curried.apply(this, [...a, ...b]); };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
console.log(partial(Math.max, 5)(1, 2), partial((a, b) => a / b, 1)(4));
