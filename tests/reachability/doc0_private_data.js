// The first document's WeakMap example, then the objects become
// unreachable.
const util = require('util');
const weakMap = new WeakMap();

function setPrivateData(obj, data) {
  weakMap.set(obj, data);
}

function getPrivateData(obj) {
  return weakMap.get(obj);
}

let obj1 = { name: 'Alice' };
let obj2 = { name: 'Bob' };

setPrivateData(obj1, { age: 30 });
setPrivateData(obj2, { age: 25 });

console.log(getPrivateData(obj1)); // { age: 30 }
console.log(getPrivateData(obj2)); // { age: 25 }

// obj1 and obj2 can be garbage collected if there are no other references to them
obj1 = null;
gc();
console.log(util.inspect(weakMap, { showHidden: true }));
obj2 = null;
gc();
console.log(util.inspect(weakMap, { showHidden: true }));
