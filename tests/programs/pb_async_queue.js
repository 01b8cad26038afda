// A promise-based work queue: producers push jobs, a fixed pool of workers drains it
class AsyncQueue {
  #items = [];
  #waiters = [];
  #closed = false;
  push(item) {
    if (this.#closed) throw new Error('queue closed');
    const w = this.#waiters.shift();
    if (w) w.resolve({ value: item, done: false });
    else this.#items.push(item);
  }
  close() {
    this.#closed = true;
    for (const w of this.#waiters.splice(0)) w.resolve({ value: undefined, done: true });
  }
  next() {
    if (this.#items.length) return Promise.resolve({ value: this.#items.shift(), done: false });
    if (this.#closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.#waiters.push({ resolve }));
  }
}

const q = new AsyncQueue();
const finished = [];
function worker(name) {
  return q.next().then(({ value, done }) => {
    if (done) {
      console.log(`${name} stops`);
      return;
    }
    console.log(`${name} takes ${value.id}`);
    return new Promise((r) => setTimeout(r, value.ms)).then(() => {
      finished.push(`${value.id}@${name}`);
      return worker(name);
    });
  });
}

const workers = Promise.all(['w1', 'w2'].map(worker));
q.push({ id: 'a', ms: 40 });
q.push({ id: 'b', ms: 5 });
q.push({ id: 'c', ms: 5 });
setTimeout(() => {
  q.push({ id: 'd', ms: 1 });
  q.close();
  try { q.push({ id: 'e' }); } catch (e) { console.log('push after close:', e.message); }
}, 100);
workers.then(() => console.log('finished:', finished.join(' ')));
