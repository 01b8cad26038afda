// A cleanup callback that unregisters cells whose targets died in the same
// collection: those cells get no callback of their own.
let calls = 0;
const registry = new FinalizationRegistry((held) => {
  calls++;
  const removed = registry.unregister(token);
  console.log('cleanup, unregister returned', removed);
});
const token = {};
function register() {
  for (let i = 0; i < 5; i++) registry.register({ i }, 'held ' + i, token);
}
register();
gc();
setTimeout(() => {
  console.log('calls:', calls);
  console.log('unregister now:', registry.unregister(token));
}, 20);
