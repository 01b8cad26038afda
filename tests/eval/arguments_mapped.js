function sloppy(a) { arguments[0] = "changed"; return a; }
function strict(a) { "use strict"; arguments[0] = "changed"; return a; }
console.log(sloppy("orig"), strict("orig"));
function back(a, b) { a = 'A'; return [arguments[0], arguments.length, arguments[1]]; }
console.log(back(1), back(1, 2));
function sl() { return Array.prototype.slice.call(arguments); }
console.log(sl(1, 2, 3));
function plain(a) { return arguments; }
console.log(plain(1, 2));
