// Relational and equality comparisons of mixed types.
console.log(1 < 2, "a" < "b", "B" < "a", "10" < "9", 10 < 9, "10" < 9);
console.log(null >= 0, null > 0, null == 0, undefined == 0, undefined >= 0);
console.log(NaN < 1, NaN > 1, NaN == NaN, NaN === NaN, NaN != NaN);
console.log([2] > 1, [1, 2] < 3, "abc" < "abd", "ab" < "abc");
console.log(1 === 1.0, "1" === 1, null === undefined, 0 === -0, Infinity === Infinity);
var o = {}, p = {};
console.log(o == p, o === o, o != p);
console.log(-0 < 0, 0 <= -0, Object.is(0, -0), Object.is(NaN, NaN));
