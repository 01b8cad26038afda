// Subclassing Promise: species, static methods, and extra methods
class TrackedPromise extends Promise {
  static created = 0;
  constructor(executor) {
    super(executor);
    TrackedPromise.created++;
  }
  tap(fn) {
    return this.then((v) => { fn(v); return v; });
  }
}

const t = TrackedPromise.resolve(5);
console.log(t instanceof TrackedPromise, TrackedPromise.created);
const chained = t.tap((v) => console.log('tapped', v)).then((v) => v * 2);
console.log(chained instanceof TrackedPromise, TrackedPromise.created);
chained.then((v) => console.log('value', v, 'created so far', TrackedPromise.created));

class PlainThen extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const pt = new PlainThen((r) => r(1));
const derived = pt.then((x) => x);
console.log(derived instanceof PlainThen, derived instanceof Promise, derived.constructor.name);

TrackedPromise.all([1, TrackedPromise.resolve(2), Promise.resolve(3)]).then((vals) => console.log('all', vals));
const r = TrackedPromise.race([new Promise(() => {}), 'instant']);
console.log(r.constructor.name);
r.then((v) => console.log('race', v));
TrackedPromise.reject(new Error('sub reject')).catch((e) => console.log('caught', e.message));
console.log(Promise.resolve.call(TrackedPromise, 1) instanceof TrackedPromise);
try {
  Promise.resolve.call(function NotAPromise(exec) { exec(() => {}, () => {}); return; }, 1);
  console.log('weird constructor accepted');
} catch (e) {
  console.log('error', e.message);
}
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Promise(42); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Promise(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.all.call(undefined, []); } catch (e) { console.log(e.constructor.name, e.message); }
