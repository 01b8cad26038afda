function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1, 2, 3), sum(...[1, 2], 3, ...new Set([4])));
const arr = [1, ...[2, 3], ...'ab'];
console.log(arr);
const o1 = { a: 1, b: 2 };
const o2 = { ...o1, b: 3, ...null, ...undefined, c: 4 };
console.log(o2);
console.log(Math.max(...[1, 5, 3]));
function len() { return arguments.length; }
console.log(len(...[1, 2, 3, 4]));
const holes = [1, , 3];
console.log(holes.length, 1 in holes, [...holes]);
function first(a, ...rest) { return [a, rest.length]; }
console.log(first(), first(1), first(1, 2, 3), first.length, sum.length);
function defs(a, b = a + 1, c = b * 2) { return [a, b, c]; }
console.log(defs(1), defs(1, 5), defs.length);
