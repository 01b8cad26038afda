// comma, void, in, delete, instanceof, conditional, typeof on undeclared.
var a = (1, 2, 3);
console.log(a, void 0, void "x");
var o = { x: 1, y: undefined };
console.log("x" in o, "y" in o, "z" in o, "toString" in o, 0 in [5], 1 in [5]);
console.log(delete o.x, "x" in o, delete o.nope, o);
var arr = [1, 2, 3];
delete arr[1];
console.log(arr.length, 1 in arr, arr[1]);
function F() {}
var f = new F();
console.log(f instanceof F, f instanceof Object, [] instanceof Array, {} instanceof F);
console.log(true ? "yes" : "no", 0 ? "a" : "" ? "b" : "c");
console.log(typeof notDeclaredAnywhere, typeof typeof 1);
var nested = 1 < 2 ? 3 > 4 ? "a" : "b" : "c";
console.log(nested);
