// Errors thrown by the engine, caught and printed: name and node's message.
function msg(fn) {
    try { fn(); return "no error"; } catch (e) { return e.name + ": " + e.message; }
}
const u = undefined, n = null, num = 5, o = {};
console.log(msg(() => u.x));
console.log(msg(() => n.x));
console.log(msg(() => n["key"]));
console.log(msg(() => { u.x = 1; }));
console.log(msg(() => o.missing()));
console.log(msg(() => o.nested.deeper));
console.log(msg(() => num()));
console.log(msg(() => undefinedVariable));
console.log(msg(() => { undefinedTarget += 1; }));
console.log(msg(() => new num()));
console.log(msg(() => "str" in "string"));
console.log(msg(() => 1 instanceof 2));
console.log(msg(() => ({}) instanceof (() => {})));
console.log(msg(() => { "use strict"; Object.freeze([1]).push(2); }));
console.log(msg(() => { "use strict"; const fr = Object.freeze({ a: 1 }); fr.a = 2; }));
console.log(msg(() => { const c = 1; c++; }));
console.log(msg(() => Symbol() + ""));
console.log(msg(() => new Array(-1)));
console.log(msg(() => (1).toFixed(200)));
console.log(msg(() => "x".repeat(-1)));
console.log(msg(() => Object.defineProperty(1, "x", {})));
console.log(msg(() => JSON.parse("{")));
console.log(msg(() => { throw new Error("plain", { cause: "why" }); }));
console.log(msg(() => { class A { constructor() { this.x; } } A(); }));
const e = new RangeError("range msg");
console.log(e.name, e.message, String(e), e instanceof RangeError, e instanceof Error, Object.prototype.toString.call(e));
const bare = new Error();
console.log(JSON.stringify(bare.message), String(bare), typeof bare.stack);
const withCause = new TypeError("outer", { cause: e });
console.log(withCause.cause === e, "cause" in new Error("x"));
const custom = { name: "Custom", message: "not an Error" };
console.log(Error.prototype.toString.call(custom));
