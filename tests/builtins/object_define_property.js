const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
o.x = 2;
console.log(o.x, Object.keys(o));
Object.defineProperty(o, 'y', { value: 2, writable: true, enumerable: true, configurable: true });
console.log(Object.getOwnPropertyDescriptor(o, 'y'));
let store = 10;
Object.defineProperty(o, 'z', { get() { return store; }, set(v) { store = v * 2; }, enumerable: true });
o.z = 4;
console.log(o.z, store);
const d = Object.getOwnPropertyDescriptor(o, 'z');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
try { Object.defineProperty(o, 'x', { value: 5 }); } catch (e) { console.log(e.name + ': ' + e.message); }
Object.defineProperty(o, 'x', { value: 1 });
console.log('same value redefinition ok');
try { Object.defineProperty(1, 'a', {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'a', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'a', { get: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'a', { get() {}, value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 });
console.log(arr, arr.length);
const sym = Symbol('s');
Object.defineProperty(o, sym, { value: 'sv', enumerable: true });
console.log(o[sym]);
console.log(Object.defineProperty(o, 'w', {}) === o, Object.getOwnPropertyDescriptor(o, 'w'));
