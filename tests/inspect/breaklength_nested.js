const util = require('util');
const o = { a: { b: [1, 2, 3], c: 'hello' }, d: [{ e: 1 }, { f: 2 }] };
for (const bl of [0, 10, 30, 50, 80, Infinity]) console.log(bl, util.inspect(o, { breakLength: bl }));
