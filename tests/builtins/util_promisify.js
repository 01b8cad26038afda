// util.promisify over node-style callbacks
const util = require('util');
function later(value, fail, cb) {
  setTimeout(() => (fail ? cb(new Error('failed: ' + value)) : cb(null, value * 2)), 1);
}
const p = util.promisify(later);
console.log(typeof p, p.name);
p(21, false).then((v) => console.log('resolved', v));
p(1, true).catch((e) => console.log('rejected', e.message));
const obj = { base: 10, add(x, cb) { cb(null, this.base + x); } };
util.promisify(obj.add).call(obj, 5).then((v) => console.log('this kept', v));
try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
