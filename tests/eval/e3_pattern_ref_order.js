// Assignment patterns evaluate a property target (o.x, o[k]) before the
// element's value is fetched, convert its key only when storing, and close
// the iterator when evaluating the target throws.
var log = [];
function iterable(n) {
    var i = 0;
    return {
        [Symbol.iterator]() {
            log.push("iter");
            return {
                next() { log.push("next"); i++; return { done: i > n, value: i }; },
                return() { log.push("return"); return {}; },
            };
        },
    };
}
var target = {
    set q(v) { log.push("set " + v); },
};
function tgt() { log.push("target"); return target; }
function key() {
    log.push("key");
    return { toString() { log.push("toString"); return "q"; } };
}
function boom() { log.push("boom"); throw new Error("boom"); }
function run(name, fn) {
    log = [];
    try { fn(); } catch (e) { log.push("caught " + e.message); }
    console.log(name + ": " + log.join(", "));
}

run("element", function () { [tgt()[key()]] = iterable(3); });
run("default", function () { [tgt()[key()] = (log.push("default"), 7)] = iterable(0); });
run("rest", function () { [...tgt()[key()]] = iterable(2); });
run("throwing element", function () { [{}[boom()]] = iterable(3); });
run("throwing second", function () { var a; [a, {}[boom()]] = iterable(3); });
run("throwing rest", function () { [...{}[boom()]] = iterable(3); });
run("after end", function () { var a, b; [a, b, {}[boom()]] = iterable(1); });
run("object", function () {
    ({ p: tgt()[key()] } = { get p() { log.push("get p"); return 1; } });
});
run("object rest", function () { ({ ...tgt()[key()] } = { a: 1 }); });
run("for-of head", function () { for (tgt()[key()] of [5]) log.push("body"); });

// a plain array source: the target still comes before the default
run("array default", function () { [tgt()[key()] = (log.push("default"), 9)] = []; });
