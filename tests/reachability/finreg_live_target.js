// No cleanup while the target is reachable (held by a Map); after the Map
// lets go, the next gc() brings the cleanup.
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup:', held);
});
const map = new Map();
function register() {
  const t = { id: 't' };
  map.set('t', t);
  registry.register(t, 'held by the Map');
}
register();
gc();
setTimeout(() => {
  gc();
  console.log('task 2: map still holds it');
}, 20);
setTimeout(() => {
  map.delete('t');
}, 100);
setTimeout(() => {
  gc();
  console.log('task 4: map dropped it');
}, 120);
setTimeout(() => console.log('later'), 250);
