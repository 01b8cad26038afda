'use strict';
class Money {
  #cents;
  constructor(amount, currency = 'USD') {
    if (!Number.isFinite(amount)) throw new TypeError(`Invalid amount: ${amount}`);
    this.#cents = Math.round(amount * 100);
    this.currency = currency;
    Object.freeze(this);
  }
  get amount() { return this.#cents / 100; }
  add(o) { this.#check(o); return new Money((this.#cents + o.#cents) / 100, this.currency); }
  #check(o) { if (!(o instanceof Money)) throw new TypeError('Not money'); if (o.currency !== this.currency) throw new Error(`Currency mismatch: ${this.currency} vs ${o.currency}`); }
  split(n) {
    const base = Math.floor(this.#cents / n), rem = this.#cents % n;
    return Array.from({ length: n }, (_, i) => new Money((base + (i < rem ? 1 : 0)) / 100, this.currency));
  }
  valueOf() { return this.#cents / 100; }
  toString() { return `${this.currency} ${this.amount.toFixed(2)}`; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.#cents / 100 : hint === 'string' ? this.toString() : this.toString(); }
  static sum(...ms) { return ms.reduce((a, b) => a.add(b)); }
}
const a = new Money(10.1), b = new Money(0.2), c = new Money(5, 'EUR');
console.log(`${a.add(b)}`, a + '', +a, a > b, a * 2, [a, b].join(' & '));
console.log(Money.sum(a, b, new Money(100)).toString());
console.log(new Money(100).split(3).map(String));
console.log(a, Object.isFrozen(a));
try { a.currency = 'GBP'; } catch (e) { console.log(e.name, e.message.split(' of ')[0]); }
try { a.newProp = 1; } catch (e) { console.log(e.name, e.message); }
try { delete a.currency; } catch (e) { console.log(e.name, e.message.split(' of ')[0]); }
try { a.add(c); } catch (e) { console.log(e.message); }
try { a.add({ currency: 'USD' }); } catch (e) { console.log(e.message); }
try { new Money(NaN); } catch (e) { console.log(e.message); }
try { new Money('12'); } catch (e) { console.log(e.message); }
const frozenArr = Object.freeze([1, 2, 3]);
try { frozenArr.push(4); } catch (e) { console.log(e.message); }
try { frozenArr[0] = 9; } catch (e) { console.log(e.message); }
try { frozenArr.length = 0; } catch (e) { console.log(e.message); }
try { frozenArr.sort(); } catch (e) { console.log(e.message); }
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
try { sealed.y = 3; } catch (e) { console.log(e.message); }
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
const ro = {}; Object.defineProperty(ro, 'id', { value: 7, enumerable: true });
try { ro.id = 8; } catch (e) { console.log(e.message); }
const getterOnly = { get v() { return 1; } };
try { getterOnly.v = 2; } catch (e) { console.log(e.message); }
try { undeclaredVar = 1; } catch (e) { console.log(e.name, e.message); }
try { (function () { return this; })().x; } catch (e) { console.log(e.message); }
try { Object.defineProperty(Object.freeze({}), 'x', { value: 1 }); } catch (e) { console.log(e.message); }
try { 'str'.length = 1; } catch (e) { console.log(e.message); }
try { (5).prop = 1; } catch (e) { console.log(e.message); }
try { const f = function () {}; f.name = 'x'; } catch (e) { console.log(e.message); }
try { Math.PI = 3; } catch (e) { console.log(e.message); }
try { NaN = 1; } catch (e) { console.log(e.message); }
try { undefined = 1; } catch (e) { console.log(e.message); }
try { Object.prototype = null; } catch (e) { console.log(e.message); }
