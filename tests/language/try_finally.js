// try/catch/finally ordering, rethrow, finally overriding completions,
// optional catch binding and nested handlers.
const log = [];
function f1() {
    try { log.push("try"); return "from try"; }
    finally { log.push("finally"); }
}
console.log(f1(), log.join(">"));
function f2() { try { return 1; } finally { return 2; } }
function f3() { try { throw new Error("lost"); } finally { return "finally wins"; } }
console.log(f2(), f3());
function f4() {
    const order = [];
    try {
        try { order.push("inner try"); throw new TypeError("t"); }
        catch (e) { order.push("inner catch " + e.name); throw new RangeError("r"); }
        finally { order.push("inner finally"); }
    } catch (e) { order.push("outer catch " + e.name); }
    finally { order.push("outer finally"); }
    return order;
}
console.log(f4().join(" > "));
function f5() {
    for (let i = 0; i < 3; i++) {
        try { if (i === 1) break; } finally { log.push("loop finally " + i); }
    }
    return log.slice(-2);
}
console.log(f5());
try { throw 42; } catch { console.log("optional binding"); }
try { throw { code: 7 }; } catch ({ code }) { console.log("code", code); }
let x = "outer";
try { throw "inner"; } catch (x) { x = "modified " + x; console.log(x); }
console.log(x);
function counter() {
    let n = 0;
    try { n++; return n; } finally { n += 10; log.push("n=" + n); }
}
console.log(counter(), log[log.length - 1]);
const thrown = [];
for (const v of [undefined, null, 0, "", "s", [1]]) {
    try { throw v; } catch (e) { thrown.push(e === v); }
}
console.log(thrown);
