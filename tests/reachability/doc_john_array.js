// The documents' array example: an array element keeps john reachable,
// so a WeakMap entry on john lives until the array is dropped.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

let john = { name: 'John' };
let array = [john];
let weakMap = new WeakMap();
weakMap.set(john, 'kept by array');
john = null; // the object is still stored inside the array
gc();
show('array holds john:', weakMap);
console.log('array[0].name:', array[0].name);

array = null;
gc();
show('array dropped:', weakMap);
