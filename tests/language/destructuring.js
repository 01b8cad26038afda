// Destructuring: arrays, objects, defaults, rest, nesting, holes, in
// parameters, assignments and loop heads.
const [a, , b = 10, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const { x, y: why, z = "dz", ...others } = { x: 1, y: 2, p: 3, q: 4 };
console.log(x, why, z, others);
const { n: { m: [first, second] = [] } = {} } = { n: { m: ["f", "s"] } };
console.log(first, second);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
const obj = {};
({ a: obj.alpha, b: obj["beta"] = "dflt" } = { a: "A" });
console.log(obj);
function f({ name, age = 30 } = {}, [h, ...t] = [0]) { return `${name} ${age} ${h} ${t.length}`; }
console.log(f({ name: "ann" }, [1, 2, 3]), f());
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
for (const { id, tags: [tag] } of [{ id: 1, tags: ["t1"] }, { id: 2, tags: [] }]) console.log(id, tag);
const [c1, c2, ...cs] = "hello";
console.log(c1, c2, cs);
const { length } = "four";
console.log(length);
let calls = 0;
const { d = ++calls } = { d: 0 };
const { e = ++calls } = {};
console.log(d, e, calls);
try { const { u } = null; } catch (err) { console.log(err.name); }
try { const [w] = {}; } catch (err) { console.log(err.name); }
const [g = 1, hh = g * 2] = [];
console.log(g, hh);
const key = "dynamic";
const { [key]: dyn } = { dynamic: "computed key" };
console.log(dyn);
