// %s converts an object with a Symbol.toPrimitive method with String().
const util = require('util');
console.log(util.format('%s|%s', { [Symbol.toPrimitive]() { return 9; } }, { valueOf() { return 7; } }));
class Money { [Symbol.toPrimitive](hint) { return hint === 'string' ? '$5' : 5; } }
console.log('%s and %d', new Money(), new Money());
console.log('%s', Object.create({ [Symbol.toPrimitive]: () => 'inherited' }));
