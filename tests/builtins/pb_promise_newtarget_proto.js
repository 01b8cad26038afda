// new.target's prototype getter runs, and its throw reaches the caller
class Boom extends Error {}
const target = function () {}.bind();
let reads = 0;
Object.defineProperty(target, 'prototype', {
  get() { reads++; throw new Boom('no prototype'); },
});
try {
  Reflect.construct(Promise, [() => {}], target);
  console.log('no throw');
} catch (e) {
  console.log(e instanceof Boom, e.message, reads);
}
// a non-object prototype falls back to Promise.prototype
const plain = function () {}.bind();
Object.defineProperty(plain, 'prototype', { value: 42 });
const p = Reflect.construct(Promise, [(res) => res(7)], plain);
console.log(Object.getPrototypeOf(p) === Promise.prototype);
p.then((v) => console.log('value', v));
// an executor that is not callable is checked before the prototype is read
reads = 0;
try { Reflect.construct(Promise, [5], target); } catch (e) { console.log(e.constructor.name, e.message, reads); }
