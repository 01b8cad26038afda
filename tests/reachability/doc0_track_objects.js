// The first document's WeakSet example, then the objects become
// unreachable.
const util = require('util');
const weakSet = new WeakSet();

function trackObject(obj) {
  weakSet.add(obj);
}

function isTracked(obj) {
  return weakSet.has(obj);
}

let obj1 = { name: 'Alice' };
let obj2 = { name: 'Bob' };

trackObject(obj1);
trackObject(obj2);

console.log(isTracked(obj1)); // true
console.log(isTracked(obj2)); // true

// obj1 and obj2 can be garbage collected if there are no other references to them
obj2 = null;
gc();
console.log(util.inspect(weakSet, { showHidden: true }));
obj1 = null;
gc();
console.log(util.inspect(weakSet, { showHidden: true }));
