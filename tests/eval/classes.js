class Animal {
  static count = 0;
  kind = 'animal';
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return `${this.name} makes a sound`; }
  get upper() { return this.name.toUpperCase(); }
  set upper(v) { this.name = v.toLowerCase(); }
  static create(n) { return new this(n); }
  toString() { return 'Animal(' + this.name + ')'; }
}
class Dog extends Animal {
  legs = 4;
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return super.speak() + ' (woof)'; }
  static create(n) { return super.create(n + '!'); }
}
const d = new Dog('rex');
console.log(d.speak(), d.upper, d.kind, d.legs, Animal.count);
d.upper = 'MAX';
console.log(d.name, String(d), d instanceof Dog, d instanceof Animal);
console.log(Dog.create('a').name, Object.getPrototypeOf(Dog) === Animal);
console.log(Object.keys(d), Object.getOwnPropertyNames(Animal.prototype));
console.log(typeof Animal, Animal.name, Dog.name, Dog.length, Animal.prototype.constructor === Animal);
try { Animal('x'); } catch (e) { console.log(e.message); }
class Empty {}
console.log(new Empty() instanceof Empty, Empty.length);
class Derived extends Empty {}
console.log(new Derived() instanceof Empty);
class E2 extends Error { constructor(m) { super(m); this.name = 'E2'; } }
const e = new E2('boom');
console.log(e.message, e.name, e instanceof Error, e instanceof E2, String(e));
class M extends Map { getOr(k, d) { return this.has(k) ? this.get(k) : d; } }
const mm = new M([[1, 'one']]);
console.log(mm.getOr(1), mm.getOr(2, 'none'), mm.size);
class Arr extends Array {}
const ar = new Arr();
ar.push(1, 2);
console.log(ar.length, Array.isArray(ar), ar instanceof Arr);
class NullProto extends null { constructor() { return Object.create(NullProto.prototype); } }
console.log(Object.getPrototypeOf(NullProto.prototype));
class S { static x = 5; static { S.y = S.x * 2; } }
console.log(S.x, S.y);
const Anon = class {};
console.log(Anon.name);
class NT { constructor() { this.t = new.target === NT; } }
console.log(new NT().t);
class Acc { static get sg() { return 'static getter'; } }
console.log(Acc.sg);
class Fields { a = 1; b = this.a + 1; ['c' + 1] = 3; }
console.log(new Fields());
