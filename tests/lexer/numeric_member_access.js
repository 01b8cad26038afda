// A '.' after a number: 5..toString splits as `5.` `.`, `5 .x` needs the
// space, and `?.` before a digit is a conditional, not optional chaining.
console.log(5..toString(), 5 .toString(), (5).toString(2), 1.5.toFixed(2));
var a = true;
console.log(a?.5:1, a ? .5 : 1, false?.5:1);
var o = { x: 3 };
console.log(o?.x, o?.["x"]);
console.log(1..toFixed(1), 2.0.toString(), 0x10.toString(), 1e1.toString());
