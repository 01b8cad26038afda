// Getters and setters: validation, computed values, defineProperty, inheritance
class Temperature {
  #celsius = 0;
  static #instances = 0;
  constructor(c) { this.celsius = c; Temperature.#instances++; }
  get celsius() { return this.#celsius; }
  set celsius(v) {
    if (typeof v !== 'number' || Number.isNaN(v)) throw new TypeError(`not a number: ${v}`);
    if (v < -273.15) throw new RangeError('below absolute zero');
    this.#celsius = v;
  }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
  static get count() { return Temperature.#instances; }
}
const t = new Temperature(25);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 212;
console.log(t.celsius, Temperature.count);
for (const bad of ['hot', -300]) {
  try { t.celsius = bad; } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.keys(t), JSON.stringify(t), t);

const account = {
  _log: [],
  get last() { return this._log.at(-1); },
  set entry(v) { this._log.push(v); },
};
account.entry = 'open';
account.entry = 'deposit';
console.log(account.last, account.entry, account._log);
console.log(Object.getOwnPropertyDescriptor(account, 'last'));

const counter = {};
let reads = 0;
Object.defineProperty(counter, 'value', {
  get() { return ++reads; },
  enumerable: false,
  configurable: true,
});
console.log(counter.value, counter.value, Object.keys(counter), JSON.stringify(counter));
counter.value = 100;
console.log('assignment ignored without setter:', counter.value);

'use strict';
const frozenish = Object.defineProperty({}, 'ro', { get: () => 'read only' });
(function () {
  'use strict';
  try { frozenish.ro = 1; } catch (e) { console.log(e.constructor.name, e.message); }
})();

class Base { get kind() { return 'base'; } describe() { return `I am ${this.kind}`; } }
class Derived extends Base { get kind() { return 'derived+' + super.kind; } }
console.log(new Derived().describe(), new Base().describe());
const lazy = {
  get expensive() {
    console.log('computing once');
    Object.defineProperty(this, 'expensive', { value: 42, writable: false });
    return this.expensive;
  },
};
console.log(lazy.expensive, lazy.expensive);
