// A boxed string's value is printed with the inspect options in effect:
// cut at maxStringLength and split after newlines when too long.
const util = require('util');
console.log(util.inspect(new String('hello world'), { maxStringLength: 3 }));
console.log(util.inspect(new String('hello world'), { maxStringLength: 3, colors: true }));
console.log(util.inspect(Object.assign(new String('hello world'), { a: 1 }), { maxStringLength: 5 }));
console.log(new String('ab\ncd\n'.repeat(5)));
console.log([new String('first line\nsecond line\nthird line is long enough\n')]);
console.log(util.inspect(new String('short\nlines'), { breakLength: 10 }));
console.log(util.inspect({ s: new String('a\nb\nc\nd\ne\nf\ng\nh\ni\n') }, { compact: true }));
