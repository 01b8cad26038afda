// The documents' visit counter with a WeakMap: when john leaves, his count
// is gone with him.
const util = require('util');
let visitsCountMap = new WeakMap(); // weakmap: user => visits count

// increase the visits count
function countUser(user) {
  let count = visitsCountMap.get(user) || 0;
  visitsCountMap.set(user, count + 1);
}

let john = { name: 'John' };
countUser(john); // count his visits
countUser(john);
let pete = { name: 'Pete' };
countUser(pete);
console.log(util.inspect(visitsCountMap, { showHidden: true }));

// later john leaves us
john = null;
gc();
console.log(util.inspect(visitsCountMap, { showHidden: true }));
console.log(visitsCountMap.get(pete));
