// A tiny event emitter with once(), off() and async listeners
class Emitter {
  #handlers = new Map();
  on(event, fn) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event).add(fn);
    return () => this.off(event, fn);
  }
  off(event, fn) {
    this.#handlers.get(event)?.delete(fn);
  }
  once(event, fn) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      fn(...args);
    };
    return this.on(event, wrapper);
  }
  emit(event, ...args) {
    const set = this.#handlers.get(event);
    if (!set || set.size === 0) return false;
    for (const fn of [...set]) fn(...args);
    return true;
  }
  waitFor(event) {
    return new Promise((resolve) => this.once(event, resolve));
  }
  listenerCount(event) { return this.#handlers.get(event)?.size ?? 0; }
}

const bus = new Emitter();
const unsubscribe = bus.on('data', (x) => console.log('listener A got', x));
bus.on('data', (x) => console.log('listener B got', x));
bus.once('data', (x) => console.log('once got', x));
console.log(bus.emit('data', 1), bus.listenerCount('data'));
console.log(bus.emit('data', 2), bus.listenerCount('data'));
unsubscribe();
bus.emit('data', 3);
console.log('no listeners:', bus.emit('nothing'));

bus.waitFor('ready').then((cfg) => console.log('ready with', cfg));
setTimeout(() => bus.emit('ready', { port: 80 }), 5);
Promise.all([bus.waitFor('a'), bus.waitFor('b')]).then(([a, b]) => console.log('both', a, b));
setTimeout(() => { bus.emit('b', 'B'); bus.emit('a', 'A'); }, 10);
