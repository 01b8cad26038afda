// FinalizationRegistry: the cleanup callback receives each held value once
// its target has been collected, in a task after the one that collected.
// (Within one collection node's order varies from run to run, so the held
// values are printed sorted.)
const seen = [];
const registry = new FinalizationRegistry((held) => {
  seen.push(held);
});
function register() {
  registry.register({ id: 1 }, 'first');
  registry.register({ id: 2 }, 42);
  registry.register({ id: 3 }, { note: 'an object as held value' });
}
register();
gc();
console.log('end of script, cleanups so far:', seen.length);
setTimeout(() => {
  console.log(seen.length, 'cleanups');
  for (const h of seen.map((h) => JSON.stringify(h)).sort()) console.log('held:', h);
}, 100);
