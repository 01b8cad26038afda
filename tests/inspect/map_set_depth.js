const util = require('util');
const m = new Map([['k', new Map([['k2', new Map([['k3', new Map([['k4', 1]])]])]])]]);
console.log(m);
console.log(util.inspect(m, { depth: 0 }));
console.log(util.inspect(m, { depth: 1 }));
const s = new Set([new Set([new Set([new Set([1])])])]);
console.log(s);
console.log(util.inspect(s, { depth: 0 }));
