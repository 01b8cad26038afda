// Default parameter values: when they apply, evaluation order and scope.
function f(a, b = 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, undefined, 5), f(1, null), f());
let n = 0;
function g(x = ++n) { return x; }
console.log(g(), g(), g(10), n);
function h(a, b = () => a) { a = "reassigned"; return b(); }
console.log(h("orig"));
function arr(list = []) { list.push(1); return list.length; }
console.log(arr(), arr(), arr([5]));
function tdz(a = b, b = 1) { return a; }
try { tdz(); } catch (e) { console.log(e.name, e.message); }
console.log(tdz(7));
const arrow = (x = "dx", { y = "dy" } = {}) => x + y;
console.log(arrow(), arrow("X", { y: "Y" }), arrow(undefined, {}));
function countArgs(a, b = 1) { return arguments.length; }
console.log(countArgs(), countArgs(1), countArgs(1, 2, 3));
