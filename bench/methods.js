// methods.js - method calls on prototype-based "class" instances, including
// inherited methods, overriding and calls through this.
function Shape(id) { this.id = id; this.hits = 0; }
Shape.prototype.area = function () { return 0; };
Shape.prototype.touch = function () { this.hits++; return this.id; };
Shape.prototype.score = function () { return this.area() + this.touch(); };

function Square(id, s) { Shape.call(this, id); this.s = s; }
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
Square.prototype.area = function () { return this.s * this.s; };

function Circle(id, r) { Shape.call(this, id); this.r = r; }
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return (this.r * this.r * 3) | 0; };

function Counter() { this.n = 0; }
Counter.prototype.inc = function (d) { this.n += d; return this; };
Counter.prototype.get = function () { return this.n; };

var shapes = [], i;
for (i = 0; i < 100; i++) {
    if (i % 3 === 0) shapes.push(new Shape(i));
    else if (i % 3 === 1) shapes.push(new Square(i, i & 7));
    else shapes.push(new Circle(i, i & 5));
}

var total = 0, r, j;
for (r = 0; r < 5000; r++) {
    for (j = 0; j < shapes.length; j++) total = (total + shapes[j].score()) | 0;
}
var c = new Counter();
for (i = 0; i < 200000; i++) c.inc(1).inc(i & 3);
var hits = 0;
for (j = 0; j < shapes.length; j++) hits += shapes[j].hits;
console.log("methods", total, c.get(), hits);
