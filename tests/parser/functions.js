function f(a, b = 2, ...c) { return a; }
var g = function () {};
var h = function named(x) { "use strict"; return x; };
(function () {})();
!function () {}();
function outer() { "use strict"; function inner() {} }
