// closures.js - creating closures, calling them, and mutating captured
// variables (counters, adders, composed functions).
function makeCounter(start) {
    var n = start;
    return function () { n = (n + 1) | 0; return n; };
}
function makeAdder(k) { return function (x) { return x + k; }; }
function compose(f, g) { return function (x) { return f(g(x)); }; }

function run(n) {
    var total = 0, i, c, add, both;
    for (i = 0; i < n; i++) {
        c = makeCounter(i & 15);
        c(); c();
        add = makeAdder(i & 7);
        both = compose(add, makeAdder(1));
        total = (total + c() + both(i & 255)) | 0;
    }
    return total;
}

function sharedState(n) {
    var count = 0;
    function bump(d) { count += d; }
    function read() { return count; }
    for (var i = 0; i < n; i++) bump(i & 3);
    return read();
}

function nested(n) {
    var s = 0;
    for (var i = 0; i < n; i++) {
        s = (function (a) {
            return (function (b) { return (a + b) | 0; })(i & 31);
        })(s);
    }
    return s;
}

console.log("closures", run(150000), sharedState(500000), nested(200000));
