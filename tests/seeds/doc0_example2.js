const weakMap = new WeakMap();

function setPrivateData(obj, data) {
  weakMap.set(obj, data);
}

function getPrivateData(obj) {
  return weakMap.get(obj);
}

const obj1 = { name: "Alice" };
const obj2 = { name: "Bob" };

setPrivateData(obj1, { age: 30 });
setPrivateData(obj2, { age: 25 });

console.log(getPrivateData(obj1)); // { age: 30 }
console.log(getPrivateData(obj2)); // { age: 25 }

// obj1 and obj2 can be garbage collected if there are no other references to them
