const util = require('util');
console.log(util.inspect([1, , 3], { showHidden: true }));
console.log(util.inspect(new Array(3), { showHidden: true }));
const a = ['x']; a.p = 1;
console.log(util.inspect(a, { showHidden: true }));
