(function (a, b = () => a) { var a = 3; console.log(a, b()); })(1);
var x = 'outer';
function f(a = x) { var x = 'inner'; return a + ' ' + x; }
console.log(f());
function g(a, get = () => x) { var x = 'body'; return get() + ' ' + x; }
console.log(g());
function h(a = 1) { var a; return a; }
console.log(h(), h(5));
function k(a = 1) { function a() {} return typeof a; }
console.log(k());
function m(a = 1, set = v => { a = v; }) { var a; set(9); return a; }
console.log(m(2));
function n({p, q} = {p: 1, q: 2}, ...rest) { var p; let z = p + q; return [p, q, z, rest, () => z + p]; }
const r = n(undefined, 7, 8); console.log(r.slice(0, 4), r[4]());
function cl(a = 1) { var c = []; for (var i = 0; i < 3; i++) c.push(() => i + a); return c.map(g => g()); }
console.log(cl());
function ann(a = 1) { { function a2() { return 'a2'; } } if (true) { function a() {} } return [typeof a, a2()]; }
console.log(ann());
function args(a = 1) { var arguments; return arguments.length; }
console.log(args(4, 5));
var named = function self(a = 1) { var self; return typeof self; };
console.log(named());
function th(a = this) { var t = this; return a === t; }
console.log(th.call({}));
class C { m(a = 1, f = () => a) { var a = a + 10; return [a, f()]; } }
console.log(new C().m(), new C().m(5));
const arrow = (n = 2, sq = () => n * n) => { var n = 100; const t = () => n; return [sq(), t()]; };
console.log(arrow(), arrow(3));
function fact(n = 5) { 'no directive here'; var n = n; return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(), fact(4));
function tdz(a = b, b = 1) { return a; }
try { tdz(); } catch (e) { console.log(e.constructor.name, e.message); }
