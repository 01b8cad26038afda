// Near misses of early errors that stay valid code.
var async = [0];
for ((async) of [1]) ;
for (\u0061sync of [2]) ;
console.log(async);

var a, b;
({ __proto__: a, __proto__: b } = { ['__proto__']: 7 });
console.log(a, b);
var o = { __proto__: null, ['__proto__']: 1, __proto__() {} };
console.log(Object.getPrototypeOf(o), typeof o.__proto__);

console.log(1 + (() => 1)(), typeof (() => 0), !(() => 0));

class C {
  x = function () { return arguments.length; };
  static y;
  static { C.y = (() => { return 'arrow'; })(); }
}
console.log(new C().x(1, 2), C.y);

function eval2() { return 'sloppy'; }
function arguments2() {}
l1: l2: function lf() {}
if (a) function g() {}
console.log(eval2(), typeof lf, typeof arguments2);

var q = { bre\u0061k: 1 }, r = { if: 2 };
console.log(q.break, r.i\u0066);
switch (3) { case 1: default: console.log('default'); }
