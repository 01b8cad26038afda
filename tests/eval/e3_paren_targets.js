// A parenthesised name as an assignment target gives an anonymous function
// no name; a parenthesised optional chain ending in a property access is
// still called with that object as `this`.
var fn;
(fn) = function () {};
console.log(JSON.stringify(fn.name));
var g;
(g) ||= () => 1;
console.log(JSON.stringify(g.name));
var h;
h = function () {};
console.log(h.name);

var a = { v: 5, m() { return this && this.v; } };
var z = null;
console.log((a?.m)(), (a?.["m"])(), (a.m)(), a?.m());
console.log((z?.m)?.(), (a?.m)?.());
class K {
    #p() { return this === k; }
    run() { return (this?.#p)(); }
}
var k = new K();
console.log(k.run());
try {
    (z?.m)();
} catch (e) {
    console.log(e.constructor.name + ": " + e.message);
}
try {
    (a?.nope)();
} catch (e) {
    console.log(e.constructor.name + ": " + e.message);
}
