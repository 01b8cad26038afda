// Arithmetic operators, precedence and associativity.
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(7 / 2, 7 % 3, -7 % 3, 7 % -3, 5.5 % 2, -(2 ** 2));
console.log(1 / 0, -1 / 0, 0 / 0, 10 / 3);
var i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
var x = 3;
x += 4; x -= 1; x *= 2; x /= 4; x **= 2; x %= 5;
console.log(x);
console.log(+"42", -"3", +"", +" 12 ", +"1e3", +"0x1f", +"abc", +true, +null, +undefined, +[], +[7], +[1, 2]);
console.log(1 - -1, 1 + +"2", - - 3, typeof -"x");
