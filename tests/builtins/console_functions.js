// functions and functions with properties
function f() {} f.a = 1;
const arrow = () => {};
console.log(f, [f], function () {}, () => {}, arrow, { f, arrow });
function named() {}
console.log(named, [named, Math.max], console.log, Object.prototype.hasOwnProperty);
const bound = named.bind(null); console.log(bound);
const o = { method() {}, get g() { return 1; } }; console.log(o, o.method);
class K { static s = 1; } console.log(K);
