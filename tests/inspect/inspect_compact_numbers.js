const util = require('util');
const o = { a: { b: { c: { d: 1 } } }, e: [{ f: 1 }] };
for (const c of [0, 1, 2, 3, 4, 5]) console.log(c, util.inspect(o, { compact: c, depth: 10 }));
