// where any keyword may be a name (property names), an escaped one may be too
var x = { \u0069f: 1, \u0063lass: 2 };
console.log(x.\u0069f, x.class);
class A { \u0069f() { return 5 } }
console.log(new A().if());
var \u{61}b = 2;
console.log(ab);
