// Map and WeakMap given the same key, side by side, at top level.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

let john = { name: 'John' };
let map = new Map();
let weakMap = new WeakMap();
map.set(john, 'in map');
weakMap.set(john, 'in weak map');
john = null;
gc();
show('map:', map);
show('weakMap:', weakMap);

// Once the Map lets go, the WeakMap entry goes too (it was still there).
let pete = { name: 'Pete' };
map.set(pete, 'pete in map');
weakMap.set(pete, 'pete in weak map');
pete = null;
gc();
show('weakMap with pete held by map:', weakMap);
map.clear();
gc();
show('map cleared:', map);
show('weakMap after map cleared:', weakMap);
