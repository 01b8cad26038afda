// Line continuations with LF, CRLF and CR, and U+2028/U+2029 inside
// strings, which are allowed unescaped there.
var a = "one\
two";
var b = "one\
two";
var c = "one\two";
var d = "L S", e = "P S";
console.log(a, b, c, a === b && b === c);
console.log(d.length, d.charCodeAt(1), e.length, e.charCodeAt(1));
