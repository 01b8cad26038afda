// A WeakMap value dies with its key: both are finalized by one gc().
const seen = [];
const registry = new FinalizationRegistry((held) => {
  seen.push(held);
});
const wm = new WeakMap();
function register() {
  const key = { id: 'key' };
  const value = { id: 'value', key };
  wm.set(key, value);
  registry.register(key, 'key');
  registry.register(value, 'value');
}
register();
gc();
setTimeout(() => console.log('cleanups:', seen.sort().join(' ')), 100);
