// Embedded U+0000 characters survive console.log and util.format/inspect.
const util = require('util');
console.log('\x00abc');
console.log('a\x00b', 'c\x00');
console.log(['\x00abc'], { a: 'x\x00y', 'k\x00': 1 });
console.log('a%sb', 'c\x00d');
console.log('%o', '\x00');
console.group('g');
console.log('in\x00side');
console.groupEnd();
console.log(util.format('%s', 'x\x00y').length);
console.log(util.inspect('q\x00').length, util.inspect('q\x00'));
console.log(JSON.stringify(util.format('a\x00b')));
console.log(JSON.stringify(util.inspect(['\x00'])));
console.log(new Map([['\x00', '\x00z']]), new Set(['\x00']));
console.log(Symbol('s\x00'));
console.log(String.fromCharCode(0).length, `${'\0'}z`);
