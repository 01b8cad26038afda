// The documents' top-level pattern: a WeakMap does not keep john alive.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

let john = { name: 'John' };
let weakMap = new WeakMap();
weakMap.set(john, '...');
show('before:', weakMap);
console.log('has john:', weakMap.has(john));

john = null; // overwrite the reference
gc();

// john is removed from memory, and from the map
show('after gc:', weakMap);
