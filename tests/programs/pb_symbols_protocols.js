// Well-known symbols in everyday classes: iterator, toPrimitive, toStringTag, hasInstance
class Money {
  constructor(cents, currency = 'USD') { this.cents = cents; this.currency = currency; }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return this.cents / 100;
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
  get [Symbol.toStringTag]() { return 'Money'; }
  static [Symbol.hasInstance](x) { return typeof x === 'object' && x !== null && 'cents' in x; }
}
const price = new Money(1999);
console.log(`${price}`, +price, price * 2, price + '', String(price), Object.prototype.toString.call(price));
console.log({ cents: 1 } instanceof Money, [] instanceof Money, price > 10, [price, new Money(5)].sort((a, b) => a - b).map(String));

class Grid {
  constructor(w, h) { this.w = w; this.h = h; }
  [Symbol.iterator]() {
    let i = 0;
    const { w, h } = this;
    return { next: () => (i < w * h ? { value: [i % w, Math.floor(i++ / w)], done: false } : { value: undefined, done: true }) };
  }
}
console.log([...new Grid(3, 2)].map(([x, y]) => `${x},${y}`).join(' '));

const registryKey = Symbol.for('app.config');
console.log(registryKey === Symbol.for('app.config'), Symbol.keyFor(registryKey), Symbol.keyFor(Symbol('local')), registryKey.description);
const hidden = Symbol('hidden');
const obj = { visible: 1, [hidden]: 'secret', [Symbol.for('shared')]: 2 };
console.log(Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).map(String), obj[hidden]);
console.log(Reflect.ownKeys(obj).length, hidden.toString(), typeof hidden, Symbol.iterator in [], Symbol.iterator in {});
try { console.log(`${hidden}`); } catch (e) { console.log(e.constructor.name, e.message); }
try { hidden + 1; } catch (e) { console.log(e.constructor.name, e.message); }
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable), [1].concat({ length: 1, 0: 'x' }));
class Temp { static [Symbol.toPrimitive]() { return 'class prim'; } }
console.log(`${Temp}`, [Symbol.toPrimitive, Symbol.toStringTag, Symbol.species].map((s) => s.description));
