// util.formatWithOptions passes its options to every inspect: %O and the
// trailing arguments take them whole, %o adds showHidden/depth 4, %s keeps
// depth 0 without colors.
const util = require('util');
console.log(util.formatWithOptions({ colors: true }, '%O|%s|%d', { a: 1 }, { b: [1] }, 5, null, 'tail'));
console.log(util.formatWithOptions({ compact: false, breakLength: 20 }, '%%', new WeakMap(), { a: 1 }, [1, 2]));
console.log(util.formatWithOptions({ depth: 0 }, '%o', { a: { b: { c: 1 } } }));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, [[1]]));
console.log(util.formatWithOptions({ numericSeparator: true, sorted: true }, '%s %O', { z: 1, a: 12345 }, { y: 2, b: 1000000 }));
