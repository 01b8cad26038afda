function F() {}
const f = new F();
console.log(f instanceof F, F[Symbol.hasInstance](f), F[Symbol.hasInstance]({}), Function.prototype[Symbol.hasInstance].call({}, f));
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
const B = F.bind(null);
console.log(f instanceof B, F[Symbol.hasInstance].call(B, f));
try { ({}) instanceof (() => {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(1 instanceof Number, Object(1) instanceof Number, [] instanceof Object);
