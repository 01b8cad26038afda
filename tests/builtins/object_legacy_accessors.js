const o = {};
o.__defineGetter__('g', function () { return 'getter'; });
o.__defineSetter__('s', function (v) { this._s = v; });
o.s = 5;
console.log(o.g, o._s);
console.log(typeof o.__lookupGetter__('g'), o.__lookupGetter__('s'), typeof o.__lookupSetter__('s'));
const child = Object.create(o);
console.log(typeof child.__lookupGetter__('g'), child.__lookupGetter__('nope'));
const d = Object.getOwnPropertyDescriptor(o, 'g');
console.log(d.enumerable, d.configurable);
try { o.__defineGetter__('x', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.getOwnPropertyNames(Object.prototype).sort());
