const util = require('util');
const m = new Map([['a', 1]]);
console.log(util.inspect(m.entries(), { showHidden: true }));
console.log(util.inspect(m.keys(), { showHidden: true }));
