// The visit counter with many users who come and go, run once with a Map
// and once with a WeakMap: the Map keeps every user who ever visited, the
// WeakMap only those still online.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

function simulate(visits, size) {
  let online = [];
  function countUser(user) {
    visits.set(user, (visits.get(user) || 0) + 1);
  }
  function day(d) {
    online = online.filter((u) => u.id % 2 === 0); // half of them leave
    for (let i = 0; i < 50; i++) online.push({ id: d * 1000 + i * 2 + (i % 2) });
    for (const u of online) countUser(u);
  }
  for (let d = 1; d <= 4; d++) {
    day(d);
    gc();
    console.log('day', d, 'online', online.length, 'counted', size(visits));
  }
}
console.log('Map:');
simulate(new Map(), (m) => m.size);
console.log('WeakMap:');
simulate(new WeakMap(), count);
