// WeakRef and FinalizationRegistry: constructors, argument checks and
// node's messages; register/unregister results.
const tries = [
  () => new WeakRef(1),
  () => WeakRef({}),
  () => new FinalizationRegistry(1),
  () => new FinalizationRegistry(() => {}).register(1),
  () => { const o = {}; new FinalizationRegistry(() => {}).register(o, o); },
  () => new FinalizationRegistry(() => {}).unregister(1),
  () => new FinalizationRegistry(() => {}).register({}, 1, 1),
  () => WeakRef.prototype.deref.call({}),
  () => new WeakRef(Symbol.for('registered')),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const target = { name: 'target' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, typeof new WeakRef(Symbol('s')).deref());
console.log(Object.prototype.toString.call(ref), WeakRef.length, FinalizationRegistry.length);
const reg = new FinalizationRegistry(() => {});
const token = {};
console.log(reg.register(target, 'held', token), reg.unregister(token), reg.unregister(token));
console.log(reg.register({}, 'no token'), reg.unregister({}));
console.log(Object.prototype.toString.call(reg), Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort().join());
