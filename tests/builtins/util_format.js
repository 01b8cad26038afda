// util.format: the console.log formatter without the newline
const util = require('util');
const cases = [
  [],
  ['plain'],
  ['%s and %s', 'a', 'b'],
  ['%d + %i = %f', 1.5, 2.7, 4.2],
  ['%j', { a: [1, 2] }],
  ['%o vs %O', { a: 1 }, { b: 2 }],
  ['100%% done', 1],
  ['%s', Symbol('s')],
  ['missing %s %s', 'one'],
  [1, 2, 'three', { four: 4 }],
  ['%c styled', 'color: red'],
  ['%s', null, undefined],
  ['%d', '42abc'],
  [{ a: 1 }, 'x'],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
console.log(JSON.stringify(util.formatWithOptions({ colors: false }, '%s=%d', 'x', 5)));
