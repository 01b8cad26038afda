// for-in (own and inherited enumerable string keys, order, deletion during
// iteration) and for-of over arrays, strings, Maps, Sets and arguments.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 2; o.a = 3; o[1] = 4; o[0] = 5;
Object.defineProperty(o, "hidden", { value: 6, enumerable: false });
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
const arrKeys = [];
const arr = [10, 20, 30];
arr.extra = "x";
for (const i in arr) arrKeys.push(typeof i + ":" + i);
console.log(arrKeys);
const vals = [];
for (const v of arr) vals.push(v);
console.log(vals);
const chars = [];
for (const ch of "a😀b") chars.push(ch);
console.log(chars, chars.length);
const m = new Map([["k1", 1], ["k2", 2]]);
for (const [k, v] of m) console.log(k, v);
for (const v of new Set(["s1", "s2", "s1"])) console.log(v);
function args() { const out = []; for (const a of arguments) out.push(a); return out; }
console.log(args(1, 2, 3));
const del = { p: 1, q: 2, r: 3 };
const seen = [];
for (const k in del) { seen.push(k); delete del.q; }
console.log(seen);
for (const k in null) console.log("never");
for (const k in undefined) console.log("never");
let count = 0;
for (const k in "str") count++;
console.log(count);
const grow = [1, 2];
const visited = [];
for (const v of grow) { visited.push(v); if (grow.length < 4) grow.push(v * 10); }
console.log(visited);
let last;
for (var vi of [7, 8]) last = vi;
console.log(last, vi);
