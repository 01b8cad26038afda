// U+2028 and U+2029 are line terminators between tokens too: they end a
// statement for ASI and end a // comment.
var a = 1 var b = 2 console.log(a, b)
// comment console.log("after LS")
function f() { return 1 }
console.log(f())
