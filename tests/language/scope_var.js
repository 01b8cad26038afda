// var hoisting, function hoisting and function scope.
console.log(hoisted, typeof fnDecl, fnDecl());
var hoisted = "now set";
function fnDecl() { return "declared later"; }
console.log(hoisted);
function f() {
    if (true) { var inner = 1; }
    for (var i = 0; i < 3; i++) {}
    return [inner, i];
}
console.log(f());
var shadow = "outer";
function g() {
    console.log(shadow);
    var shadow = "inner";
    return shadow;
}
console.log(g(), shadow);
var x = 1;
{ var x = 2; }
console.log(x);
function h() { return typeof later; var later = function () {}; }
console.log(h());
