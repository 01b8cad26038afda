// Reflect: every function, its boolean results, receivers and node's errors.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };

console.log(Object.getOwnPropertyNames(Reflect), String(Reflect), Reflect);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Reflect').enumerable,
            Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag));
for (const k of Object.getOwnPropertyNames(Reflect)) {
  console.log(k, Reflect[k].length, Reflect[k].name);
  t(() => Reflect[k](1));
}

// apply / construct
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this; }, 7, []) instanceof Number);
console.log(Reflect.apply(String.prototype.slice, 'hello', { length: 2, 0: 1, 1: 3 }));
t(() => Reflect.apply(Math.max, null));
t(() => Reflect.apply({}, null, []));
t(() => Reflect.apply('s', null, []));
t(() => Reflect.apply(null, null, []));
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B extends A {}
const b = Reflect.construct(A, [1], B);
console.log(b, b instanceof B, Object.getPrototypeOf(b) === B.prototype);
console.log(Reflect.construct(Array, [3]).length, Reflect.construct(Error, ['m']).message);
function F() { this.nt = new.target; }
console.log(Reflect.construct(F, []).nt === F);
t(() => Reflect.construct(() => {}, []));
t(() => Reflect.construct(function () {}, [], {}));
t(() => Reflect.construct(Math.max, []));
t(() => Reflect.construct(A, 5));

// properties
const o = { a: 1 };
console.log(Reflect.defineProperty(o, 'b', { value: 2 }), Reflect.getOwnPropertyDescriptor(o, 'b'));
console.log(Reflect.defineProperty(o, 'b', { value: 3 }), o.b);
t(() => Reflect.defineProperty(o, 'c', 5));
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'b'), Reflect.deleteProperty(o, 'zz'), o);
console.log(Reflect.has({ x: 1 }, 'x'), Reflect.has([], 'length'), Reflect.has({}, 'toString'), Reflect.has({}, 'nope'));
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 3, [Symbol('s')]: 4 }), Reflect.ownKeys([1, 2]));
console.log(Reflect.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g'));
console.log(Reflect.getOwnPropertyDescriptor({}, 'x'));

// get / set with receivers
const src = { get who() { return this.name; }, set who(v) { this.log = v; }, name: 'src' };
const recv = { name: 'recv' };
console.log(Reflect.get(src, 'who'), Reflect.get(src, 'who', recv), Reflect.get([5, 6], 1), Reflect.get(src, 'none'));
console.log(Reflect.set(src, 'who', 'w', recv), recv.log, src.log);
const frozen = Object.freeze({ k: 1 });
console.log(Reflect.set(frozen, 'k', 2), frozen.k, Reflect.set(frozen, 'n', 2));
const ro = Object.defineProperty({}, 'r', { value: 1, writable: false });
console.log(Reflect.set(Object.create(ro), 'r', 2), Reflect.set({ get g() { return 1; } }, 'g', 1));
const target = {}, r2 = {};
console.log(Reflect.set(target, 'p', 1, r2), target, r2);
console.log(Reflect.set({}, 'p', 1, 5));
const arr = [1, 2, 3];
console.log(Reflect.set(arr, 'length', 1), arr, Reflect.set(arr, 5, 'x'), arr);

// prototypes and extensibility
const p = {};
const c = Object.create(p);
console.log(Reflect.getPrototypeOf(c) === p, Reflect.getPrototypeOf(Object.create(null)));
console.log(Reflect.setPrototypeOf(c, null), Reflect.getPrototypeOf(c));
t(() => Reflect.setPrototypeOf({}, 5));
t(() => Reflect.setPrototypeOf({}));
console.log(Reflect.setPrototypeOf(p, c));
const ne = {};
console.log(Reflect.isExtensible(ne), Reflect.preventExtensions(ne), Reflect.isExtensible(ne));
console.log(Reflect.setPrototypeOf(ne, {}), Reflect.setPrototypeOf(ne, Object.prototype), Reflect.defineProperty(ne, 'z', { value: 1 }));
t(() => Reflect.get(null, 'x'));
t(() => Reflect.ownKeys('str'));
