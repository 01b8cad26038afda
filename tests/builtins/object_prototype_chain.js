const a = {};
const b = { fromB: 1 };
console.log(Object.getPrototypeOf(a) === Object.prototype);
Object.setPrototypeOf(a, b);
console.log(a.fromB, Object.getPrototypeOf(a) === b);
console.log(a.__proto__ === b);
a.__proto__ = null;
console.log(Object.getPrototypeOf(a), a.fromB);
const c = { __proto__: b };
console.log(c.fromB, b.isPrototypeOf(c), Object.prototype.isPrototypeOf(c), c.isPrototypeOf(b));
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(undefined, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.setPrototypeOf(1, null));
const x = {}; const y = Object.create(x);
try { Object.setPrototypeOf(x, y); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.name + ': ' + e.message); }
const plain = {};
plain.__proto__ = 5;
console.log(Object.getPrototypeOf(plain) === Object.prototype);
