// trees.js - allocation-heavy: build and walk many short-lived binary trees
// (after the benchmarks game's binary-trees), which exercises the collector.
function Node(left, right) { this.left = left; this.right = right; }

function make(depth) {
    if (depth === 0) return new Node(null, null);
    return new Node(make(depth - 1), make(depth - 1));
}

function check(t) {
    if (t.left === null) return 1;
    return 1 + check(t.left) + check(t.right);
}

var longLived = make(14), total = 0, d, i, iters;
for (d = 4; d <= 14; d += 2) {
    iters = 1 << (16 - d);
    for (i = 0; i < iters; i++) total += check(make(d));
}
console.log("trees", total, check(longLived));
