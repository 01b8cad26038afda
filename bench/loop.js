// loop.js - integer and floating-point arithmetic in tight loops.
function intLoop(n) {
    var sum = 0, i, x;
    for (i = 0; i < n; i++) {
        x = (i * 7 + 3) % 1000;
        sum = (sum + x * x - (i & 255)) | 0;
        if ((i ^ x) & 1) sum = sum - 1;
    }
    return sum;
}
function floatLoop(n) {
    var acc = 0.0, step = 1.0 / n, i, t;
    for (i = 0; i < n; i++) {
        t = i * step;
        acc += t * t * 0.5 + t / 3.0 - 1.25 * t;
    }
    return Math.round(acc * 1000000);
}
function whileLoop(n) {
    var a = 1, b = 0, k = 0;
    while (k < n) {
        b = (b + a * 3) % 65521;
        a = (a + 1) % 65521;
        k += 1;
    }
    return a * 65536 + b;
}
var N = 1000000;
console.log("loop", intLoop(N), floatLoop(N), whileLoop(N));
