const sp = Symbol.prototype;
console.log(Object.getOwnPropertyNames(sp).sort(), sp[Symbol.toStringTag]);
const tp = Object.getOwnPropertyDescriptor(sp, Symbol.toPrimitive);
console.log(typeof tp.value, tp.value.name, tp.value.length, tp.writable, tp.enumerable, tp.configurable);
const dd = Object.getOwnPropertyDescriptor(sp, 'description');
console.log(typeof dd.get, dd.set, dd.enumerable, dd.configurable, dd.get.name);
const s = Symbol('q');
console.log(sp.toString.call(s), sp.valueOf.call(Object(s)) === s, sp[Symbol.toPrimitive].call(s) === s);
try { sp.toString.call('str'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { sp.valueOf.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { dd.get.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(sp.toString.length, sp.valueOf.length, Symbol.for.length, Symbol.keyFor.length);
