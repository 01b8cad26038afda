// Functions: declarations vs expressions, name and length, call/apply/bind,
// functions as values and objects, IIFEs, return without value.
function decl(a, b) { return a + b; }
const expr = function (a) { return a; };
const named = function inner() { return typeof inner; };
const arrow = (a, b, c) => a;
console.log(decl.name, expr.name, named.name, arrow.name, named(), typeof inner);
console.log(decl.length, expr.length, arrow.length, (function (...r) {}).length, (function (a, b = 1, c) {}).length);
console.log(decl.call(null, 1, 2), decl.apply(null, [3, 4]), decl.bind(null, 10)(5), decl.bind(null, 1, 2).length, decl.bind().name);
function noReturn() {}
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn(), (function () { return 1; })(), (() => {})());
decl.custom = "prop on a function";
console.log(decl.custom, typeof decl, decl instanceof Function, decl instanceof Object);
const ops = { add: (a, b) => a + b, mul: (a, b) => a * b };
console.log(Object.keys(ops).map(k => ops[k](3, 4)));
function apply(f, ...args) { return f(...args); }
console.log(apply(Math.max, 1, 9, 3), apply(decl, "a", "b"));
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
console.log(compose(x => x + 1, x => x * 2)(5));
console.log(typeof function () {}.prototype, (function () {}).prototype.constructor !== undefined);
function Point(x) { if (!new.target) return new Point(x); this.x = x; }
console.log(Point(3).x, new Point(4).x);
function ret() { return { obj: 1 }; }
function Ctor() { this.a = 1; return { replaced: true }; }
function Ctor2() { this.a = 1; return 5; }
console.log(ret(), new Ctor(), new Ctor2());
const method = { m() { return "m"; }, ["x" + 1]() { return "x1"; } };
console.log(method.m.name, method.x1.name, method.m(), method.x1());
if (true) { function inBlock() { return "block fn"; } }
console.log(inBlock());
var counter = 0;
(function () { counter++; })();
(() => counter++)();
!function () { counter++; }();
console.log(counter);
