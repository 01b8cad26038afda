// A cache with WeakRef and FinalizationRegistry, observed with gc()
const cleaned = [];
const registry = new FinalizationRegistry((key) => {
  cleaned.push(key);
});

class Cache {
  constructor() { this.refs = new Map(); }
  set(key, value) {
    this.refs.set(key, new WeakRef(value));
    registry.register(value, key);
  }
  get(key) {
    const ref = this.refs.get(key);
    return ref ? ref.deref() : undefined;
  }
}

const cache = new Cache();
let big = { name: 'big', data: new Array(1000).fill(7) };
const kept = { name: 'kept' };
cache.set('big', big);
cache.set('kept', kept);
console.log('before:', cache.get('big').name, cache.get('kept').name);

big = null;
setTimeout(() => {
  gc();
  setTimeout(() => {
    console.log('big after gc:', cache.get('big'));
    console.log('kept after gc:', cache.get('kept').name, cache.get('kept') === kept);
    console.log('cleaned:', cleaned);
  }, 10);
}, 0);

const ref = new WeakRef(kept);
console.log(ref.deref() === kept, Object.prototype.toString.call(ref));
console.log(typeof registry.unregister, registry.unregister({}));
