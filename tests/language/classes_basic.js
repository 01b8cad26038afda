// Classes: constructor, methods, static members, fields, private fields,
// accessors, class expressions and what typeof/instanceof say.
class Point {
    x = 0;
    y = 0;
    static count = 0;
    static #secret = "hidden";
    constructor(x, y) { this.x = x; this.y = y; Point.count++; }
    add(o) { return new Point(this.x + o.x, this.y + o.y); }
    toString() { return `(${this.x}, ${this.y})`; }
    static origin() { return new Point(0, 0); }
    static reveal() { return Point.#secret; }
    ["computed" + "Name"]() { return "computed"; }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p.x, p.y, Point.count, Point.origin().x, Point.reveal(), p.computedName());
console.log(typeof Point, Object.keys(p), p instanceof Point, Object.getOwnPropertyNames(Point.prototype));
console.log(p.constructor === Point, Point.name, Point.length, Object.keys(Point));
class Counter {
    #n = 0;
    #bump() { this.#n++; }
    inc() { this.#bump(); return this; }
    get value() { return this.#n; }
    static has(o) { return #n in o; }
}
console.log(new Counter().inc().inc().value, Counter.has(new Counter()), Counter.has({}));
const Anon = class { who() { return "anon"; } };
const Named = class Inner { who() { return Inner.name; } };
console.log(new Anon().who(), Anon.name, new Named().who());
try { Point(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
class Fields {
    a = 1;
    b = this.a + 1;
    ["c"] = 3;
    static s = Fields.name + "!";
    arrow = () => this.a;
}
const f = new Fields();
const arrow = f.arrow;
console.log(f.a, f.b, f.c, Fields.s, arrow());
class Methods { m() {} }
console.log(Object.keys(Methods.prototype), typeof Methods.prototype.m);
