var a = function () {};
let b = () => {};
const c = class {};
const o = { d: function () {}, e: () => {}, f() {}, ['g' + 1]: function () {} };
let h;
h = function () {};
const { i = function () {} } = {};
function params(j = () => {}) { return j.name; }
const named = function realName() {};
console.log(a.name, b.name, c.name, o.d.name, o.e.name, o.f.name, o.g1.name, h.name, i.name, params(), named.name);
console.log((function () {}).name === '', (() => {}).name === '');
class K { static m() {} n() {} }
console.log(K.m.name, K.prototype.n.name, K.name);
const bound = a.bind(null);
console.log(bound.name);
let l;
l ??= () => {};
console.log(l.name);
console.log(a.length, ((x, y) => 0).length, (function (x, ...r) {}).length);
