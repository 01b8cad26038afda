// var and function hoisting
console.log(typeof hoisted, v);
var v = 1;
function hoisted() { return 'h'; }
console.log(hoisted(), v);
function outer() {
  console.log(typeof inner, x);
  var x = 2;
  function inner() { return x; }
  return inner();
}
console.log(outer());
{
  function blockFn() { return 'block'; }
}
console.log(blockFn());
if (true) { function inIf() { return 'if'; } }
console.log(inIf());
function params(a, a2) { var a; return a; }
console.log(params(7));
function shadow(x) { function x() {} return typeof x; }
console.log(shadow(1));
var fe = function named() { return typeof named; };
console.log(fe(), typeof named);
