const util = require('util');
class Temp { constructor() { this._c = 25; } get f() { return this._c * 1.8 + 32; } set f(v) {} get obj() { return { a: [1, 2] }; } get nul() { return null; } get bad() { throw new Error('nope'); } get str() { return 'it\'s'; } }
const t = new Temp();
const o = { get full() { return 'x'; }, set full(v) {}, get only() { return 5; }, plain: 1, get nested() { return { deep: { deeper: { deepest: 1 } } }; }, get err() { throw new TypeError('bad getter'); }, set wo(v) {} };
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
console.log(util.inspect(o, { getters: false }), util.inspect(o));
console.log(util.inspect(Object.defineProperties({}, { a: { get() { return 1; }, enumerable: true }, b: { get() { return [1, { c: 2 }]; }, enumerable: true } }), { getters: true, depth: 0 }));
console.log(util.inspect([Object.defineProperty({}, 'g', { get() { return 'v'; }, enumerable: true })], { getters: true }));
