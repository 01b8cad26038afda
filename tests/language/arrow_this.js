// Arrow functions: lexical this and arguments, no prototype, concise bodies;
// this in methods, plain calls, call/apply/bind.
const obj = {
    name: "obj",
    regular() { return this.name; },
    arrowInMethod() { const f = () => this.name; return f(); },
    delayed() { return [1, 2].map(function () { return this; }); },
    delayedArrow() { return [1, 2].map(() => this.name); },
};
console.log(obj.regular(), obj.arrowInMethod(), obj.delayedArrow());
console.log(obj.delayed().map(t => t === undefined || t === globalThis));
const detached = obj.regular;
function sloppyThis() { return this === globalThis; }
function strictThis() { "use strict"; return this; }
console.log(sloppyThis(), strictThis(), strictThis.call(5), typeof sloppyThis.call(5));
console.log(detached.call({ name: "other" }), obj.regular.apply({ name: "applied" }, []));
const bound = obj.regular.bind({ name: "bound" });
console.log(bound(), bound.call({ name: "ignored" }), bound.name);
const arrow = () => 1;
console.log(typeof arrow.prototype, (() => ({ a: 1 }))(), (x => x * 2)(4), ((a, b) => { return a + b; })(1, 2));
try { new arrow(); } catch (e) { console.log(e.name, e.message); }
function outer() { const inner = () => arguments[0]; return inner("ignored"); }
console.log(outer("outer arg"));
class Timer {
    constructor() { this.ticks = 0; this.tick = () => ++this.ticks; }
}
const t = new Timer();
const tick = t.tick;
tick(); tick();
console.log(t.ticks);
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
