// Class inheritance: extends, super calls, super property access, static
// inheritance, new.target, overriding and extending built-ins.
class Shape {
    constructor(name) { this.name = name; this.made = new.target.name; }
    area() { return 0; }
    describe() { return `${this.name} with area ${this.area()}`; }
    static create(...args) { return new this(...args); }
}
class Square extends Shape {
    constructor(side) { super("square"); this.side = side; }
    area() { return this.side ** 2; }
    describe() { return "[" + super.describe() + "]"; }
}
class Cube extends Square {
    area() { return 6 * super.area(); }
}
const s = new Square(3), c = Cube.create(2);
console.log(s.describe(), c.describe(), s.made, c.made);
console.log(c instanceof Cube, c instanceof Square, c instanceof Shape, Object.getPrototypeOf(Cube) === Square);
class NoCtor extends Shape {}
console.log(new NoCtor("implicit").name);
class Bad extends Shape { constructor() { } }
try { new Bad(); } catch (e) { console.log(e.name + ": " + e.message); }
class Early extends Shape { constructor() { this.x = 1; super("x"); } }
try { new Early(); } catch (e) { console.log(e.name + ": " + e.message); }
class MyArray extends Array {
    sum() { return this.reduce((a, b) => a + b, 0); }
}
const ma = MyArray.from([1, 2, 3]);
ma.push(4);
console.log(ma.sum(), ma.length, ma instanceof Array, Array.isArray(ma));
class MyError extends Error {
    constructor(msg) { super(msg); this.name = "MyError"; }
}
try { throw new MyError("custom"); } catch (e) { console.log(e.name, e.message, e instanceof Error, String(e)); }
class StaticBase { static hello() { return "hello from " + this.name; } }
class StaticChild extends StaticBase {}
console.log(StaticChild.hello());
class NullProto extends null {}
console.log(typeof NullProto, Object.getPrototypeOf(NullProto.prototype));
const obj = { __proto__: { greet() { return "proto"; } }, greet() { return "own+" + super.greet(); } };
console.log(obj.greet());
