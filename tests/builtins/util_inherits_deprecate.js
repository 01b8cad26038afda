// util.inherits, util.deprecate, util.isArray
const util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getOwnPropertyDescriptor(Dog, 'super_').enumerable);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
for (const args of [[null, Animal], [Dog, null], [Dog, {}], [Dog, () => {}]]) {
  try { util.inherits(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
const add = util.deprecate(function add(a, b) { return a + b; }, 'add() is deprecated', 'DEP9999');
console.log(typeof add, add(1, 2), add(3, 4));

console.log(util.isArray([]), util.isArray({}));
