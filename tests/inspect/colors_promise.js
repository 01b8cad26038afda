// Promise states are styled 'special' with colors on.
const util = require('util');
const r = Promise.reject(new Map([[1, 'x']]));
r.catch(() => {});
console.log(util.inspect([Promise.resolve(42), new Promise(() => {}), r], { colors: true }));
console.log(util.inspect(Object.assign(Promise.resolve('s'), { p: 1 }), { colors: true }));
const s = Promise.reject('bar');
s.catch(() => {});
console.log(util.inspect(s, { colors: true, maxStringLength: 1 }));
