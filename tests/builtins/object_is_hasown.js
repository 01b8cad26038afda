console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log(Object.is(), Object.is(undefined, null), Object.is(1, 1.0));
const o = { own: 1 };
const c = Object.create(o);
c.mine = 2;
console.log(Object.hasOwn(c, 'mine'), Object.hasOwn(c, 'own'), Object.hasOwn('abc', 'length'), Object.hasOwn([1], 0));
console.log(c.hasOwnProperty('mine'), c.hasOwnProperty('own'), ({}).hasOwnProperty.call([1, 2], '1'));
console.log(o.propertyIsEnumerable('own'), [1].propertyIsEnumerable('length'), [1].propertyIsEnumerable(0));
const sym = Symbol();
const so = { [sym]: 1 };
console.log(Object.hasOwn(so, sym), so.hasOwnProperty(sym));
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.prototype.hasOwnProperty.call(undefined, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
const key = { toString() { return 'own'; } };
console.log(o.hasOwnProperty(key));
