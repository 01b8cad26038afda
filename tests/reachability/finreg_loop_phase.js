// FinalizationRegistry cleanups run in node's place in the loop: after the
// turn's timers, before its immediates.
const fr = new FinalizationRegistry((held) => console.log('cleanup', held));
function reg(name) {
  fr.register({ name }, name);
}
reg('from script');
gc();
setTimeout(() => {
  console.log('timeout 0');
  reg('from timer');
  gc();
  setImmediate(() => console.log('immediate from timer'));
  Promise.resolve().then(() => console.log('microtask from timer'));
}, 0);
setImmediate(() => console.log('immediate'));
console.log('end of script');
