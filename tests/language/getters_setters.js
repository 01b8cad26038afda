// Accessor properties in literals, classes and defineProperty.
const temp = {
    _c: 25,
    get f() { return this._c * 9 / 5 + 32; },
    set f(v) { this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp.f);
const ro = { get only() { return "r"; } };
ro.only = "w";
console.log(ro.only);
const log = [];
const o = {};
Object.defineProperty(o, "x", { get() { log.push("get"); return 1; }, set(v) { log.push("set " + v); }, enumerable: false, configurable: true });
o.x = 5;
console.log(o.x, log, Object.keys(o), JSON.stringify(o));
const desc = Object.getOwnPropertyDescriptor(temp, "f");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
const proto = { set v(x) { this._v = x * 2; }, get v() { return this._v; } };
const child = Object.create(proto);
child.v = 21;
console.log(child.v, child.hasOwnProperty("_v"), child.hasOwnProperty("v"));
class Rect {
    #w = 0;
    constructor(w) { this.#w = w; }
    get area() { return this.#w * this.#w; }
    set side(s) { this.#w = s; }
    static get unit() { return new Rect(1); }
}
const r = new Rect(3);
console.log(r.area);
r.side = 4;
console.log(r.area, Rect.unit.area);
