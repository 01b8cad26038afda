const util = require('util');
console.log(util.format('a', 'b', 1, { c: 2 }, [3]));
console.log(util.format('%s:%s', 'x'));
console.log(util.format('%s', 'a', 'b', { z: 'q' }));
console.log(util.format(1, 2, '3'));
console.log(util.format({ a: 1 }, '%s', 'x'));
console.log(util.format());
console.log(util.format(''));
console.log(util.format('%s'));
