// Map and Set basics: insertion order, SameValueZero keys, size, delete,
// iteration helpers, object keys.
const m = new Map();
const objKey = {}, fnKey = function () {};
m.set("a", 1).set(1, "one").set("1", "string one").set(objKey, "obj").set(fnKey, "fn").set(NaN, "nan");
console.log(m.size, m.get("a"), m.get(1), m.get("1"), m.get(objKey), m.get({}), m.get(fnKey), m.get(NaN));
m.set(-0, "zero");
console.log(m.get(0), m.has(+0), [...m.keys()].length);
m.set("a", "replaced");
console.log([...m.keys()][0], m.get("a"), m.delete("a"), m.delete("a"), m.size);
console.log([...new Map([[1, "x"], [2, "y"]]).entries()], [...new Map([[1, "x"]]).values()]);
const visits = [];
m.forEach(function (v, k, map) { visits.push(typeof k + "=" + String(v)); }, null);
console.log(visits.join(" "));
m.clear();
console.log(m.size, m.get(1));
const s = new Set([3, 1, 3, 2, 1]);
console.log(s.size, [...s], s.has(2), s.has("2"), s.add(4) === s, s.delete(3), [...s]);
const s2 = new Set("hello");
console.log([...s2].join(""), new Set([NaN, NaN, 0, -0]).size);
const counts = new Map();
for (const w of "the cat and the hat and the bat".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log([...counts].map(([w, c]) => w + ":" + c).join(" "));
const it = new Set(["a", "b"]).values();
console.log(it.next(), it.next(), it.next());
const dedup = [...new Set([5, 1, 5, 2, 1])].sort((a, b) => a - b);
console.log(dedup);
const grow = new Set([1]);
let steps = 0;
for (const v of grow) { if (v < 5) grow.add(v + 1); steps++; }
console.log(steps, grow.size);
console.log(Object.fromEntries(new Map([["k", "v"], ["n", 1]])), new Map(Object.entries({ p: 1 })).get("p"));
