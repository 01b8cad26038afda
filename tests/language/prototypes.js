// Prototype chains: constructors, Object.create, shadowing, instanceof,
// getPrototypeOf and property lookup through the chain.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.prototype.kind = "animal";
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks; " + Animal.prototype.speak.call(this); };
const d = new Dog("Rex");
console.log(d.speak(), d.kind, d instanceof Dog, d instanceof Animal, d.constructor === Dog);
console.log(Object.getPrototypeOf(d) === Dog.prototype, Animal.prototype.isPrototypeOf(d), d.hasOwnProperty("kind"));
d.kind = "dog";
console.log(d.kind, Animal.prototype.kind, Object.keys(d));
const base = { greet() { return "hi from " + this.who; }, who: "base" };
const derived = Object.create(base, { who: { value: "derived", enumerable: true } });
console.log(derived.greet(), base.greet(), Object.keys(derived));
const bare = Object.create(null);
bare.k = 1;
console.log(Object.getPrototypeOf(bare), "toString" in bare, Object.keys(bare));
const withProto = { __proto__: base, own: 1 };
console.log(withProto.greet(), Object.getPrototypeOf(withProto) === base);
Object.setPrototypeOf(withProto, { who: "other", greet: base.greet });
console.log(withProto.greet());
const keys = [];
for (const key in derived) keys.push(key);
console.log(keys);
console.log(typeof Object.prototype, Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(Function.prototype) === Object.prototype);
