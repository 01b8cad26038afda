// 2,000 registrations on one registry; half the targets die.  One cleanup
// call per dead target, each with its held value; unregister of the live
// half afterwards succeeds for every token.
let calls = 0, sum = 0;
const registry = new FinalizationRegistry((held) => { calls++; sum += held.n; });
let live = [];
const tokens = [];
function register() {
  for (let i = 0; i < 2000; i++) {
    const t = { i };
    const token = { token: i };
    registry.register(t, { n: i }, token);
    tokens.push(token);
    if (i % 2 === 0) live.push(t);
  }
}
register();
gc();
setTimeout(() => {
  console.log('calls:', calls, 'sum:', sum);
  let ok = 0;
  for (let i = 0; i < 2000; i += 2) if (registry.unregister(tokens[i])) ok++;
  let dead = 0;
  for (let i = 1; i < 2000; i += 2) if (registry.unregister(tokens[i])) dead++;
  console.log('unregistered live:', ok, 'dead:', dead);
  live = null;
  gc();
  setTimeout(() => console.log('calls after dropping the rest:', calls), 10);
}, 10);
