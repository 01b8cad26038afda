// JSON.stringify and JSON.parse: round trips, escapes, indentation,
// replacer, reviver, toJSON, values that are skipped.
const data = { s: "str \"q\" \\ \n\t\u0001 é", n: -1.5e-7, i: 42, b: true, z: null, a: [1, "two", [3], {}], o: { nested: { deep: [] } } };
const text = JSON.stringify(data);
console.log(text);
console.log(JSON.stringify(JSON.parse(text)) === text);
console.log(JSON.stringify({ u: undefined, f() {}, sym: Symbol("s"), ok: 1 }), JSON.stringify([undefined, function () {}, NaN, -0, Infinity]));
console.log(JSON.stringify("x"), JSON.stringify(1), JSON.stringify(null), JSON.stringify(undefined));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "d" }, null, 2));
console.log(JSON.stringify([1, [2, []], {}], null, "--"));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ["a", "c"]));
console.log(JSON.stringify({ a: 1, b: "x", c: [2] }, (k, v) => typeof v === "number" ? v * 10 : v));
console.log(JSON.stringify({ t: { toJSON(key) { return "toJSON:" + key; } } }));
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-0.5e2,"e":true}'));
console.log(JSON.parse(" [1 , 2 ] "), JSON.parse('"s"'), JSON.parse("3"), JSON.parse("null"));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => typeof v === "number" ? v + 100 : v));
console.log(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
for (const bad of ["{a:1}", "[1,]", "'s'", "", "01", "{\"a\":1}x"]) {
    try { JSON.parse(bad); console.log("parsed", bad); } catch (e) { console.log(e.name); }
}
const cyc = { name: "c" };
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split("\n")[0]); }
