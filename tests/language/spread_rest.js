// Spread in calls, arrays and objects; rest parameters; arguments.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1), sum(1, 2, 3), sum(...[4, 5], 6, ...[7]));
function headTail(head, ...tail) { return [head, tail, tail.length, Array.isArray(tail)]; }
console.log(headTail(1, 2, 3), headTail());
const arr = [1, 2, 3];
console.log([0, ...arr, 4], [..."str"], [...new Set([1, 1, 2])], [...arr.keys()]);
console.log(Math.max(...arr), String.fromCharCode(...[104, 105]));
const copy = [...arr];
copy.push(9);
console.log(arr, copy);
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4 };
console.log(ext, { ...[10, 20] }, { ...{ get g() { return "got"; } } });
function args() { return [arguments.length, Array.prototype.slice.call(arguments), typeof arguments]; }
console.log(args(1, "two", [3]));
function sloppy(a) { arguments[0] = "changed"; return a; }
function strict(a) { "use strict"; arguments[0] = "changed"; return a; }
console.log(sloppy("orig"), strict("orig"));
console.log(sum.length, headTail.length, ((a, b = 1, ...c) => 0).length);
function Ctor(...xs) { this.xs = xs; }
console.log(new Ctor(...[1, 2]).xs);
const holes = [...[1, , 3]];
console.log(holes, 1 in holes);
