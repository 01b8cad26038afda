// delete arguments[i] unmaps a sloppy parameter at once: the parameter keeps
// the value the property had, and a re-added arguments[i] is independent.
// delete on a nullish base throws before its key is converted.
function f(a) { a = 2; delete arguments[0]; arguments[0] = "A"; return [a, arguments[0]]; }
console.log(f(1));
function g(a) { arguments[0] = 5; delete arguments[0]; return a; }
console.log(g(1));
function h(a, b) { delete arguments[1]; b = 7; return [a, b, arguments[1], arguments.length]; }
console.log(h(1, 2));
function k(a) { "use strict"; delete arguments[0]; a = 3; return [a, arguments[0]]; }
console.log(k(1));
function m(a) { Object.defineProperty(arguments, "0", { configurable: false }); console.log(delete arguments[0]); a = 9; return arguments[0]; }
console.log(m(1));
try { delete null[{ toString() { throw new Error("key converted"); } }]; } catch (e) { console.log(e.message); }
