function f(a, b) { console.log(arguments); a = 10; console.log(arguments[0], arguments); arguments[1] = 20; console.log(b); return arguments; }
console.log(f(1, 2));
function g(a) { a = 5; return [arguments[0], arguments.length, Object.getOwnPropertyDescriptor(arguments, '0')]; }
console.log(g(1), g());
function h(a) { arguments[0] = 9; return a; }
console.log(h(1), h());
function k(a) { delete arguments[0]; a = 3; arguments[0] = 4; return [a, arguments[0]]; }
console.log(k(1));
function s(a) { 'use strict'; a = 2; return arguments[0]; }
console.log(s(1));
function d(a = 0) { a = 2; return arguments[0]; }
console.log(d(1));
function c(a) { const inner = () => { a = 7; }; inner(); return arguments[0]; }
console.log(c(1));
function e(a) { const inner = () => arguments[0] = 8; inner(); return a; }
console.log(e(1));
function dup(a, a) { a = 3; return [arguments[0], arguments[1]]; }
console.log(dup(1, 2));
function u(a) { Object.defineProperty(arguments, '0', { value: 5 }); return a; }
console.log(u(1));
function pass(a) { (function (args) { args[0] = 'x'; })(arguments); return a; }
console.log(pass(1));
function plain(a, b) { return arguments; }
console.log(plain(1, 2), plain());
function many(a) { arguments[2] = 'c'; a = 'A'; return [arguments.length, arguments[0], arguments[1], arguments[2]]; }
console.log(many(1, 2), many());
function viaVar(a) { var a = 'v'; return arguments[0]; }
console.log(viaVar(1));
function destr(a, b) { [a, b] = [b, a]; return arguments; }
console.log(destr(1, 2));
