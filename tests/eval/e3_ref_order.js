// Evaluation order of assignment and update targets: o[k] = v converts k
// only after v ran; o[k] op= v and o[k]++ fail on a nullish o before k is
// converted; super[k] reads `this`, then k, then the home prototype.
var log = [];
var key = { toString: function () { log.push("key"); return "p"; } };
function rhs() { log.push("rhs"); return 1; }

var o = {};
o[key] = rhs();
console.log(log.join(","), o.p);

log = [];
try { o[key] = (function () { throw new Error("rhs threw"); })(); } catch (e) { console.log(e.message, log.length); }

var base = null;
function show(fn) {
    log = [];
    try { fn(); } catch (e) { console.log(e.constructor.name + ": " + e.message, log.join(",")); }
}
show(function () { base[key] ^= rhs(); });
show(function () { base[key]++; });
show(function () { --base[key]; });
show(function () { base[key] &&= rhs(); });
show(function () { base[key] ??= rhs(); });
show(function () { base[key] = rhs(); });
show(function () { base[{}] = rhs(); });
show(function () { base["k"] += rhs(); });
show(function () { base[Symbol("s")] += 1; });
show(function () { base[function g() {}]; });
show(function () { base[[1, 2]]; });
show(function () { base[new (class Foo {})()]; });

// the home object's prototype is read after the key expression ran
var p1 = { p: 1, set q(v) { console.log("p1 setter", v); } };
var p2 = { p: 100, set q(v) { console.log("p2 setter", v); } };
var obj = {
    __proto__: p1,
    get() { return super[swap()]; },
    add() { return super[swap()] += 1; },
    put() { super[swapq()] = 5; },
};
function swap() { Object.setPrototypeOf(obj, p2); return "p"; }
function swapq() { Object.setPrototypeOf(obj, p2); return "q"; }
console.log(obj.get());
Object.setPrototypeOf(obj, p1);
console.log(obj.add(), obj.p);
Object.setPrototypeOf(obj, p1);
obj.put();

// `this` before the key: super[super()] in a derived constructor
class Derived extends Object {
    constructor() {
        super[super()];
    }
}
show(function () { new Derived(); });

// a super store in sloppy code fails silently on a frozen object
var frozen = {
    m() {
        Object.freeze(this);
        super.x = 1;
        super["y"] = 2;
        return Object.keys(this).length;
    },
};
console.log(frozen.m());
