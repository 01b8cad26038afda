// A '/' divides after a value (identifier, number, `)`, `]`, `}` of an
// object literal, postfix ++); a newline does not change that.
var a = 12, b = 2, c = 3, g = 2, i = 1;
console.log(a / b / c, a /b/ c, a/b/g, a/b/i);
var x = a
/b/g
console.log(x);
console.log(a /= 2, a, a/=b, a);
console.log([1, 2].map(function (v) { return v / 2; }), (6) / 2 / 3, [8][0] / 4);
var o = { n: 8 };
console.log(o.n / 2, o["n"] / 4 / 2, 10 / 4 /* c */ / 5);
var k = 1;
k++ / 2;
console.log(k++ / 2, k, `${a}` / 1);
