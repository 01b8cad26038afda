// + with strings, numbers, arrays and objects; ToPrimitive through valueOf
// and toString.
console.log(1 + "2", "3" + 4 + 5, 3 + 4 + "5", "a" + null, "b" + undefined, "c" + true);
console.log([] + [], [1, 2] + [3], [] + {}, ({}) + "", 1 + [2], 1 + null, 1 + undefined, true + true);
var v = { valueOf: function () { return 42; } };
var s = { toString: function () { return "str"; } };
var both = { valueOf: function () { return 1; }, toString: function () { return "two"; } };
console.log(v + 1, v + "", s + 1, "" + s, both + "", `${both}`, String(both), both * 3);
console.log(v > 41, s == "str", both == 1, [10] * [2], "6" / "2", "3" * "4", "5" - 2);
var order = [];
var l = { valueOf: function () { order.push("l"); return 1; } };
var r = { valueOf: function () { order.push("r"); return 2; } };
console.log(l + r, l < r, order.join(""));
var bad = { valueOf: function () { return {}; }, toString: function () { return {}; } };
try { bad + 1; } catch (e) { console.log(e instanceof TypeError, e.message); }
var d = { [Symbol.toPrimitive]: function (hint) { return hint === "number" ? 7 : "hint:" + hint; } };
console.log(+d, `${d}`, d + "", d * 2);
console.log(String([1, [2, [3]]]), String([null, undefined, 1]), String({}));
