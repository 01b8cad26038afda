// 200 targets, every fourth kept: one gc() finalizes exactly the other 150,
// each once.
const seen = new Set();
let calls = 0;
const registry = new FinalizationRegistry((held) => {
  calls++;
  seen.add(held);
});
const kept = [];
function register() {
  for (let i = 0; i < 200; i++) {
    const t = { i };
    if (i % 4 === 0) kept.push(t);
    registry.register(t, i);
  }
}
register();
gc();
setTimeout(() => {
  console.log('calls', calls, 'distinct', seen.size);
  console.log('any kept one finalized:', [...seen].some((i) => i % 4 === 0));
  console.log('kept', kept.length);
}, 100);
