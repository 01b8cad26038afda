class Temperature {
  static #instances = 0;
  #celsius = 0;
  constructor(c) { this.celsius = c; Temperature.#instances++; }
  get celsius() { return this.#celsius; }
  set celsius(v) {
    if (typeof v !== 'number') throw new TypeError(`Expected number, got ${typeof v}`);
    if (v < -273.15) throw new RangeError(`${v}°C is below absolute zero`);
    this.#celsius = v;
  }
  get fahrenheit() { return this.#celsius * 1.8 + 32; }
  set fahrenheit(f) { this.celsius = (f - 32) / 1.8; }
  get kelvin() { return this.#celsius + 273.15; }
  static get count() { return Temperature.#instances; }
  static #secret() { return 'hidden'; }
  static reveal() { return Temperature.#secret(); }
  #log = [];
  has(o) { return #celsius in o; }
}
const t = new Temperature(25);
console.log(t.celsius, t.fahrenheit, t.kelvin.toFixed(2));
t.fahrenheit = 212;
console.log(t.celsius, t, Temperature.count, Temperature.reveal());
for (const bad of ['hot', -300, null]) {
  try { t.celsius = bad; } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(t.has(t), t.has({}), Object.keys(t), JSON.stringify(t));
const desc = Object.getOwnPropertyDescriptors(Temperature.prototype);
console.log(Object.keys(desc), typeof desc.celsius.get, desc.celsius.enumerable);
const person = {
  first: 'Ada', last: 'Lovelace',
  get full() { return `${this.first} ${this.last}`; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
console.log(person.full, person);
person.full = 'Grace Hopper';
console.log(person.first, person.last, person);
const obj = {};
Object.defineProperty(obj, 'computed', { get: () => 42, enumerable: true, configurable: true });
Object.defineProperty(obj, 'hidden', { get: () => 'h', enumerable: false });
console.log(obj, obj.computed, obj.hidden, Object.keys(obj), JSON.stringify(obj));
const lazy = { get data() { console.log('(computing)'); Object.defineProperty(this, 'data', { value: [1, 2, 3], enumerable: true }); return this.data; } };
console.log(lazy.data, lazy.data, lazy);
class Validated {
  static fields = { age: v => Number.isInteger(v) && v >= 0, name: v => typeof v === 'string' && v.length > 0 };
  constructor(data) {
    for (const [k, check] of Object.entries(Validated.fields)) {
      let val;
      Object.defineProperty(this, k, { enumerable: true, get: () => val, set: v => { if (!check(v)) throw new TypeError(`Invalid ${k}: ${JSON.stringify(v)}`); val = v; } });
      this[k] = data[k];
    }
  }
}
const v = new Validated({ age: 3, name: 'Rex' });
console.log(v, v.age, { ...v });
try { v.age = -1; } catch (e) { console.log(e.message); }
try { new Validated({ age: 1, name: '' }); } catch (e) { console.log(e.message); }
const counter = { _n: 0, get next() { return ++this._n; } };
console.log(counter.next, counter.next, counter.next, counter);
