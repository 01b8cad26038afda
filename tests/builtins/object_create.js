const base = { greet() { return 'hi ' + this.name; } };
const o = Object.create(base);
o.name = 'x';
console.log(o.greet(), Object.getPrototypeOf(o) === base);
const n = Object.create(null);
n.k = 1;
console.log(Object.getPrototypeOf(n), 'toString' in n, Object.keys(n));
try { Object.create(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.create(); } catch (e) { console.log(e.name + ': ' + e.message); }
const withProps = Object.create(Object.prototype, { a: { value: 1, writable: true } });
console.log(withProps.a, Object.getOwnPropertyDescriptor(withProps, 'a').enumerable);
console.log(typeof Object(), typeof new Object(), typeof Object(1), Object(null) instanceof Object);
const b = Object(true);
console.log(typeof b, b.valueOf());
const same = {};
console.log(Object(same) === same, new Object(same) === same);
