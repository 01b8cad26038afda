// Every punctuator, longest match first: >>>= is one token, a-->b is
// `a-- > b`, a+++b is `a++ + b`.
var a = 5, b = 2, c;
console.log(a+++b, a, a---b, a);
console.log(a-->b, a, a<b, a<=b, a>=b, a>b, a==b, a!=b, a===b, a!==b);
console.log(a << 2, a >> 1, -a >>> 28, a & 3, a | 8, a ^ 1, ~a, !a, a % 3, a ** 2);
c = 16; c >>>= 1; console.log(c); c >>= 1; console.log(c); c <<= 3; console.log(c);
c **= 2; c %= 7; c += 1; c -= 2; c *= 3; c /= 2; console.log(c);
c &= 6; c |= 1; c ^= 2; console.log(c);
var n = null, z = 0, t = 1;
n ??= 4; z ||= 5; t &&= 6; console.log(n, z, t, n ?? 1, null ?? 'd', z || 0, t && 'x');
var o = { p: { q: 1 } }, f = (...r) => r.length;
console.log(o?.p?.q, o?.x?.y, f(...[1, 2, 3]), [..."ab"], (1, 2), a ? b : c);
