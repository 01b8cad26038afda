// The usual pattern: the target is its own unregister token.  The token is
// held weakly, so it does not keep the target alive.
const registry = new FinalizationRegistry((held) => {
  console.log('cleanup:', held);
});
let kept;
function register() {
  const a = { id: 'a' };
  const b = { id: 'b' };
  registry.register(a, 'a', a);
  registry.register(b, 'b', b);
  kept = b;
}
register();
console.log('unregister kept b:', registry.unregister(kept));
kept = null;
gc();
setTimeout(() => console.log('later'), 100);
