const util = require('util');
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect({ a: 1 }, { showHidden: true }));
console.log(util.inspect(() => {}, { showHidden: true }));
class K {}
console.log(util.inspect(K, { showHidden: true }));
console.log(util.inspect(new Error('e').message, { showHidden: true }));
console.log(util.inspect(new Set([1]), { showHidden: true }));
