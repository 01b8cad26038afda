// WeakSet behaves similarly: an object is in the set while it is reachable
// from somewhere else.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

let john = { name: 'John' };
let mary = { name: 'Mary' };
let visited = new WeakSet();
visited.add(john);
visited.add(mary);
show('both:', visited);
console.log(visited.has(john), visited.has(mary));

john = null;
gc();
show('john gone:', visited);
console.log('mary still:', visited.has(mary));

mary = null;
gc();
show('both gone:', visited);
