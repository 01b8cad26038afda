// Object literals: shorthand, computed keys, methods, property order,
// property access forms and enumeration.
const k = "dyn", x = 1, y = 2;
const o = { x, y, [k + "amic"]: 3, ["a" + 1]: 4, method() { return this.x + this.y; }, "quoted key": 5, 42: "num" };
console.log(o.x, o["y"], o.dynamic, o.a1, o.method(), o["quoted key"], o[42], o["42"]);
console.log(Object.keys({ b: 1, a: 2, 10: 3, 2: 4, "-1": 5, c: 6 }));
const p = {};
p.z = 1; p.a = 2; p[3] = 3; p[1] = 4;
console.log(Object.keys(p), JSON.stringify(p));
delete p.z;
p.z = 9;
console.log(Object.keys(p));
console.log(Object.entries({ a: 1, b: [2] }), Object.values({ a: 1, b: "s" }));
const q = Object.assign({}, { a: 1 }, null, { b: 2 }, { a: 3 });
console.log(q, { ...q, c: 4 }, { ...null, ...undefined, ..."hi" });
console.log(o.hasOwnProperty("x"), o.hasOwnProperty("toString"), Object.keys(o).length);
const nested = { a: { b: { c: [1, { d: "deep" }] } } };
console.log(nested.a.b.c[1].d, nested["a"]["b"].c.length);
const same = { a: 1, a: 2 };
console.log(same.a, Object.keys(same).length);
const num = {};
num[1.5] = "f"; num[-0] = "z"; num[1e21] = "big";
console.log(Object.keys(num));
