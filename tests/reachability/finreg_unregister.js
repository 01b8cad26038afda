// unregister(token) cancels a cleanup; its result says whether a live
// registration was found.
const seen = [];
const registry = new FinalizationRegistry((held) => {
  seen.push(held);
});
const tokenA = {}, tokenB = {}, unused = {};
function register() {
  registry.register({ id: 'a' }, 'a', tokenA);
  registry.register({ id: 'b' }, 'b', tokenB);
  registry.register({ id: 'b2' }, 'b2', tokenB);
  registry.register({ id: 'c' }, 'c');
}
register();
console.log('unregister b:', registry.unregister(tokenB));
console.log('again:', registry.unregister(tokenB));
console.log('unused:', registry.unregister(unused));
try {
  registry.unregister('token');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
gc();
setTimeout(() => console.log('cleanups:', seen.sort().join(' ')), 100);
