// Whitespace: TAB, VT, FF, SP, NBSP, ZWNBSP (BOM) and Unicode Zs separators
// (U+1680, U+2000..U+200A, U+202F, U+205F, U+3000) all separate tokens.
var	a=1;
var b﻿= 2;
var c = 3; var　d = 4;
console.log(a, b, c, d);
console.log(" ".length, "﻿".charCodeAt(0), "　".charCodeAt(0));
