const util = require('util');
const o = {
  get g() { return 1; },
  get obj() { return { deep: 1 }; },
  set s(v) {},
  get gs() { return 'str'; },
  set gs(v) {},
  get thrower() { throw new Error('boom'); },
};
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
