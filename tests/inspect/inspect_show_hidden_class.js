const util = require('util');
class A { constructor() { this.x = 1; } }
console.log(util.inspect(A, { showHidden: true }));
console.log(util.inspect(new A(), { showHidden: true }));
console.log(util.inspect(Object.create(null), { showHidden: true }));
console.log(util.inspect(Symbol('s'), { showHidden: true }));
