// Property attributes: defineProperty, freeze, seal, preventExtensions,
// non-writable assignments in sloppy and strict code.
const o = {};
Object.defineProperty(o, "fixed", { value: 1 });
o.fixed = 2;
console.log(o.fixed, Object.keys(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, "fixed")));
console.log(delete o.fixed, o.fixed);
Object.defineProperties(o, { a: { value: "A", enumerable: true, writable: true }, b: { get() { return this.a + "!"; }, enumerable: true } });
console.log(o.a, o.b, Object.keys(o), Object.getOwnPropertyNames(o));
const frozen = Object.freeze({ x: 1, inner: { y: 2 } });
frozen.x = 9; frozen.z = 3; delete frozen.x; frozen.inner.y = 20;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.inner));
const sealed = Object.seal({ s: 1 });
sealed.s = 2; sealed.t = 3; delete sealed.s;
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
const ne = Object.preventExtensions({ p: 1 });
ne.q = 2; ne.p = 5;
console.log(ne, Object.isExtensible(ne));
function strictAssign() { "use strict"; frozen.x = 2; }
try { strictAssign(); } catch (e) { console.log(e.name, e.message); }
function strictDelete() { "use strict"; delete sealed.s; }
try { strictDelete(); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(frozen, "x", { value: 5 }); } catch (e) { console.log(e.name, e.message); }
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.name, e.message); }
console.log(arr);
const desc = Object.getOwnPropertyDescriptors({ v: 1, get g() { return 1; } });
console.log(Object.keys(desc), desc.v.writable, typeof desc.g.get);
const len = [1, 2, 3];
Object.defineProperty(len, "length", { writable: false });
try { "use strict"; len.push(4); } catch (e) { console.log(e.name); }
console.log(len.length);
