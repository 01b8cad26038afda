// WeakRef: deref keeps the target alive for the current task only
let target = { label: 'target' };
const ref = new WeakRef(target);
const other = new WeakRef({ label: 'temporary' });
console.log('deref now:', ref.deref().label, other.deref()?.label);

target = null;
gc();
console.log('same task, after gc:', ref.deref()?.label, other.deref()?.label);

setTimeout(() => {
  gc();
  console.log('next task, after gc:', ref.deref(), other.deref());
  const symRef = (() => {
    try { return new WeakRef(Symbol('s')); } catch (e) { return e.constructor.name + ': ' + e.message; }
  })();
  console.log(symRef);
  const held = { n: 1 };
  const r2 = new WeakRef(held);
  setTimeout(() => {
    gc();
    console.log('held is referenced by this closure:', r2.deref() === held, held.n);
  }, 0);
}, 0);

console.log(WeakRef.prototype[Symbol.toStringTag], typeof WeakRef.prototype.deref, WeakRef.length);
try { WeakRef({}); } catch (e) { console.log(e.constructor.name + ':', e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.constructor.name + ':', e.message); }
