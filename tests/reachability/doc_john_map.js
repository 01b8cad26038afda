// The documents' Map example: a Map keeps john alive after john = null.
const util = require('util');

let john = { name: 'John' };
let map = new Map();
map.set(john, '...');

john = null; // overwrite the reference
gc();

// john is stored inside the map, we can get it by using map.keys()
console.log(map.size);
console.log(map.keys());
console.log(util.inspect(map, { showHidden: true }));
const [key] = map.keys();
console.log(key.name, map.get(key));
