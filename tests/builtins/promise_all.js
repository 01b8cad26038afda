// Promise.all: order of values, non-promises, empty, first rejection
const show = (label) => [(v) => console.log(label, "fulfilled", v), (e) => console.log(label, "rejected", e instanceof Error ? e.constructor.name + ": " + e.message : e)];
Promise.all([]).then(...show("empty"));
Promise.all([1, "two", Promise.resolve(3), { then(r) { r(4); } }]).then(...show("mixed"));
const slow = new Promise((r) => setTimeout(() => r("slow"), 10));
const fast = new Promise((r) => setTimeout(() => r("fast"), 1));
Promise.all([slow, fast]).then(...show("order kept"));
Promise.all([Promise.reject("r1"), Promise.reject("r2"), 5]).then(...show("first rejection"));
Promise.all(new Set([1, 2, 2, 3])).then(...show("set"));
Promise.all("abc").then(...show("string"));
const custom = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i === 1 ? Promise.resolve(i) : i, done: i++ >= 2 }) }; } };
Promise.all(custom).then(...show("custom iterable"));
Promise.all(5).then(...show("not iterable"));
Promise.all().then(...show("no argument"));
const p = Promise.all([]);
console.log(p instanceof Promise, p);
