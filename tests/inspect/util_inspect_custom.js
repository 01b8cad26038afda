const util = require('util');
class Money {
  constructor(a) { this.a = a; }
  [util.inspect.custom](depth, opts) { return `Money<${this.a}>`; }
}
console.log(new Money(5));
console.log({ price: new Money(10), list: [new Money(1)] });
console.log(util.inspect(new Money(3), { customInspect: false }));
const o = { [util.inspect.custom]() { return { replaced: true }; } };
console.log(o);
const ml = { [util.inspect.custom]() { return 'multi\nline'; } };
console.log({ nested: { ml } });
