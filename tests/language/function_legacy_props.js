// Sloppy ordinary functions own `arguments` and `caller` (null, read-only,
// hidden); strict functions, arrows, methods and classes inherit
// Function.prototype's throwing accessors.
const util = require('util');
const kinds = {
  sloppy: function () {},
  strict: function () { 'use strict'; },
  arrow: () => 1,
  method: { m() {} }.m,
  getter: Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get,
  class: class {},
  ctor: class { constructor() {} },
  bound: function f(a, b) {}.bind(null),
  builtin: Math.max,
};
for (const [k, f] of Object.entries(kinds)) {
  console.log(k, Object.getOwnPropertyNames(f), Object.getOwnPropertyDescriptor(f, 'arguments'),
              Object.getOwnPropertyDescriptor(f, 'caller'));
}
function declared(a, b) {}
console.log(Object.getOwnPropertyNames(declared), declared.arguments, declared.caller);
const h = function () {};
h.arguments = 5;
console.log(h.arguments, delete h.arguments, 'arguments' in h);
try { (function () { 'use strict'; h.caller = 1; })(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.keys(h), JSON.stringify(h), Object.getOwnPropertyNames(Object.assign(function () {}, { x: 1, y: 2 })));
console.log(Object.getOwnPropertyNames(Function.prototype));
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(d, d.get === d.set, d.get.name, d.get.length, Object.isFrozen(d.get), Object.isExtensible(d.get));
console.log(Object.getOwnPropertyDescriptor(d.get, 'name'), Object.getOwnPropertyDescriptor(d.get, 'length'));
console.log(d.get === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').get);
for (const f of [kinds.strict, kinds.arrow, kinds.method, kinds.class, kinds.bound]) {
  try { f.caller; } catch (e) { console.log(e.constructor.name, e.message); }
  try { f.arguments = 1; } catch (e) { console.log(e.constructor.name, e.message); }
}
// arguments.callee: the function in a sloppy simple-parameter function,
// a throwing accessor when strict or when the parameters are not simple
console.log((function (a) { return arguments.callee; })(1).name === '');
console.log((function (a) { return Object.getOwnPropertyNames(arguments); })(1));
console.log((function (a) { 'use strict'; return Object.getOwnPropertyNames(arguments); })(1));
console.log((function (a = 1) { return Object.getOwnPropertyDescriptor(arguments, 'callee'); })());
console.log((function (...r) { return Object.getOwnPropertyDescriptor(arguments, 'callee').get === d.get; })());
try { (function () { 'use strict'; return arguments.callee; })(); } catch (e) { console.log(e.constructor.name, e.message); }
try { (function ({ a }) { return arguments.callee; })({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(util.inspect(function foo(a) {}, { showHidden: true }));
console.log(util.inspect(function () { 'use strict'; }, { showHidden: true }));
console.log('%o', function zz(a) {});
// many closures of one function: the cached shape keeps the order
const made = [];
for (let i = 0; i < 3; i++) made.push(function () { return i; });
console.log(made.map((f) => Object.getOwnPropertyNames(f).join()), made.map((f) => f()));
