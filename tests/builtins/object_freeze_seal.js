'use strict';
const o = Object.freeze({ a: 1, nested: { b: 2 } });
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
try { o.a = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { o.c = 3; } catch (e) { console.log(e.name + ': ' + e.message); }
try { delete o.a; } catch (e) { console.log(e.name + ': ' + e.message); }
o.nested.b = 3;
console.log(o.nested.b);
const s = Object.seal({ x: 1 });
s.x = 5;
console.log(s.x, Object.isSealed(s), Object.isFrozen(s));
try { delete s.x; } catch (e) { console.log(e.name + ': ' + e.message); }
const p = Object.preventExtensions({ y: 1 });
console.log(Object.isExtensible(p), Object.isSealed(p));
delete p.y;
console.log(Object.isSealed(p), Object.isFrozen(p));
console.log(Object.isFrozen(1), Object.isSealed('x'), Object.isExtensible(1), Object.freeze(7));
const a = Object.freeze([1, 2]);
try { a.push(3); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.isFrozen(Object.preventExtensions({})));
const acc = Object.freeze({ get g() { return 1; } });
console.log(Object.isFrozen(acc), Object.getOwnPropertyDescriptor(acc, 'g').configurable);
