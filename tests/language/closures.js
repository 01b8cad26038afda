// Closures: counters, captured loop variables, shared environments,
// closures outliving their frames.
function counter() {
    let n = 0;
    return { inc: () => ++n, dec: () => --n, get: () => n };
}
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
function adder(x) { return function (y) { return function (z) { return x + y + z; }; }; }
console.log(adder(1)(2)(3), adder("a")("b")("c"));
function makeAll() {
    var fs = [];
    for (var i = 0; i < 3; i++) (function (j) { fs.push(function () { return j * 10; }); })(i);
    return fs;
}
console.log(makeAll().map(function (f) { return f(); }));
function shared() {
    let v = "start";
    const set = (x) => { v = x; };
    const get = () => v;
    return [set, get];
}
const [set, get] = shared();
set("changed");
console.log(get());
let outer = 1;
const readOuter = () => outer;
outer = 2;
console.log(readOuter());
function once(fn) {
    let done = false, result;
    return function () { if (!done) { done = true; result = fn.apply(this, arguments); } return result; };
}
const init = once((a, b) => a * b);
console.log(init(6, 7), init(1, 1));
const memo = (function () {
    const cache = {};
    return function fibm(n) { return n in cache ? cache[n] : (cache[n] = n < 2 ? n : fibm(n - 1) + fibm(n - 2)); };
})();
console.log(memo(50), memo(90));
