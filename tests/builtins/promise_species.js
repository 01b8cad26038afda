// subclasses and Symbol.species decide what then() makes
class MyPromise extends Promise {
  constructor(executor) { super(executor); this.tag = "mine"; }
}
const m = MyPromise.resolve(1);
console.log(m instanceof MyPromise, m.tag);
const t = m.then((v) => v);
console.log("then on subclass:", t instanceof MyPromise, t.tag);
console.log("finally on subclass:", m.finally(() => {}) instanceof MyPromise);
console.log("catch on subclass:", m.catch(() => {}) instanceof MyPromise);
console.log("all on subclass:", MyPromise.all([1]) instanceof MyPromise);
console.log("Promise.resolve(subclass instance) rewraps:", Promise.resolve(m) !== m, MyPromise.resolve(m) === m);
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
const pl = Plain.resolve(2);
console.log("species Promise:", pl instanceof Plain, pl.then() instanceof Plain, pl.then() instanceof Promise);
console.log(Promise[Symbol.species] === Promise, MyPromise[Symbol.species] === MyPromise);
const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(typeof d.get, d.set, d.configurable, d.enumerable, d.get.name);
let calls = 0;
function Custom(executor) { calls++; return new Promise(executor); }
const p = Promise.resolve(3);
p.constructor = { [Symbol.species]: Custom };
p.then((v) => console.log("custom species got", v, "calls:", calls));
m.then((v) => console.log("subclass value", v));
console.log(m);
