// Identifiers: Unicode ID_Start/ID_Continue, $ and _, ZWNJ/ZWJ, and \u
// escapes, which name the same binding as the plain spelling.
var café = 1, ñ = 2, $ = 3, _ = 4, $_$ = 5, Ω = 6, 𝑥 = 7, 変数 = 8;
console.log(café, ñ, $, _, $_$, Ω, 𝑥, 変数);
var a\u0062c = 9, \u{64}ef = 10;
console.log(abc, def, \u0061bc, caf\u00e9);
var zw‌nj = 11, zw‍j = 12;
console.log(zw‌nj, zw‍j, "zw\u200cnj".length);
var o = { café: 1, \u0069f: 2, ℮: 3 };
console.log(o.café, o.if, o.\u0069f, o.℮, Object.keys(o));
