// A WeakMap key is finalized (the WeakMap does not hold it); a Map key is
// not.
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup:', held);
});
const wm = new WeakMap();
const map = new Map();
function register() {
  const inWeak = { id: 'weak' };
  const inMap = { id: 'map' };
  wm.set(inWeak, 'value');
  map.set(inMap, 'value');
  registry.register(inWeak, 'WeakMap key');
  registry.register(inMap, 'Map key');
}
register();
gc();
setTimeout(() => console.log('later, map size', map.size), 100);
