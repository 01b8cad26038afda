// Line terminators feed automatic semicolon insertion: restricted
// productions (return, postfix ++), and a block comment that spans lines
// counts as a newline while a one-line comment does not.
function f() {
  return
  42;
}
console.log(f());
var a = 1, b = 2
a
++b
console.log(a, b);
var c = 3 /* one line */ ; var d = 4 /*
*/ var e = 5
console.log(c, d, e);
function g() {
  return /*
  */ 7;
}
console.log(g());
var h = 1
var i = 2
console.log(h + i)
