// duplicate parameters: allowed only in sloppy functions with simple lists
function ok(a, a) { return a; }
console.log(ok(1, 2));
const f = (x, x) => x;
