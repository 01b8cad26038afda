// FinalizationRegistry: held values, unregister tokens, and cleanup timing
const log = [];
const registry = new FinalizationRegistry((held) => log.push(`cleanup ${held}`));

function makeSession(id) {
  const session = { id, buffer: new Array(100).fill(id) };
  registry.register(session, `session-${id}`, session);
  return session;
}

let s1 = makeSession(1);
let s2 = makeSession(2);
const s3 = makeSession(3);
const token = {};
let temp = { name: 'temp' };
registry.register(temp, 'temp-object', token);

console.log('unregister unknown token:', registry.unregister({}));
console.log('unregister temp:', registry.unregister(token));
console.log('unregister again:', registry.unregister(token));
temp = null;

console.log('registered, nothing cleaned yet:', log);
s1 = null;
registry.unregister(s2);
s2 = null;

setTimeout(() => {
  gc();
  console.log('right after gc (callbacks run later):', log);
  setTimeout(() => {
    console.log('later:', log);
    console.log('s3 still alive:', s3.id);
  }, 10);
}, 0);

try { registry.register(5, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { registry.register(s3, 'same', 7); } catch (e) { console.log(e.constructor.name, e.message); }
try { registry.register(s3, s3); } catch (e) { console.log(e.constructor.name, e.message); }
try { registry.unregister(1); } catch (e) { console.log(e.constructor.name, e.message); }
