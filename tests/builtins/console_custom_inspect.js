const util = require('util');
class Money {
  constructor(amount, cur) { this.amount = amount; this.cur = cur; }
  [util.inspect.custom](depth, options, inspect) { return `Money(${this.amount} ${this.cur})`; }
}
console.log(new Money(5, 'USD'), [new Money(6, 'EUR')], { wallet: { m: new Money(7, 'GBP') } });
console.log(util.inspect(new Money(1, 'X')), `${util.format('%o', new Money(2, 'Y'))}`, util.format('%s', new Money(3, 'Z')));
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return { vector: [this.x, this.y] }; }
}
console.log(new Vec(1, 2), { v: new Vec(3, 4) });
class Multi { [util.inspect.custom]() { return 'line1\nline2'; } }
console.log({ a: { b: new Multi() } }, [new Multi()]);
class D { constructor() { this.inner = { deep: { deeper: 1 } }; } [util.inspect.custom](depth, opts, insp) {
  console.log('depth', depth, typeof opts.stylize, opts.depth, insp === util.inspect);
  return 'D<' + insp(this.inner, { ...opts, depth: depth }) + '>';
} }
console.log(new D());
console.log({ x: { y: new D() } });
console.log(util.inspect(new D(), { depth: null }));
class Self { [util.inspect.custom]() { return this; } }
console.log(new Self());
const plain = { [util.inspect.custom]: () => 42 }; console.log(plain, [plain]);
class Thrower { [util.inspect.custom]() { throw new Error('inspect failed'); } }
try { console.log('before', new Thrower()); } catch (e) { console.log('caught', e.message); }
try { util.inspect([new Thrower()]); } catch (e) { console.log('caught2', e.message); }
console.log(util.inspect(new Money(9, 'Q'), { customInspect: false }));
console.log(Money.prototype);
const st = { toString() { return 'x'; }, [util.inspect.custom]() { return 'CUSTOM'; } };
console.log('%s|%O|%j', st, st, st);
