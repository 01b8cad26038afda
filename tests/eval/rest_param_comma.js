const ok = (x, ...rest) => rest;
console.log(ok(1, 2, 3));
function f(a, ...b,) {}
