const weakSet = new WeakSet();

function trackObject(obj) {
  weakSet.add(obj);
}

function isTracked(obj) {
  return weakSet.has(obj);
}

const obj1 = { name: "Alice" };
const obj2 = { name: "Bob" };

trackObject(obj1);
trackObject(obj2);

console.log(isTracked(obj1)); // true
console.log(isTracked(obj2)); // true

// obj1 and obj2 can be garbage collected if there are no other references to them
