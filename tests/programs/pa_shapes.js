class Shape {
  static #registry = new Map();
  static register(cls) { Shape.#registry.set(cls.name.toLowerCase(), cls); return cls; }
  static create(kind, ...args) {
    const C = Shape.#registry.get(kind);
    if (!C) throw new Error(`Unknown shape: ${kind}`);
    return new C(...args);
  }
  static get kinds() { return [...Shape.#registry.keys()]; }
  constructor(name) { if (new.target === Shape) throw new TypeError('Shape is abstract'); this.name = name; }
  area() { throw new Error('not implemented'); }
  perimeter() { return NaN; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)} and perimeter ${this.perimeter().toFixed(2)}`; }
  get [Symbol.toStringTag]() { return 'Shape:' + this.name; }
}
const Circle = Shape.register(class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
  perimeter() { return 2 * Math.PI * this.r; }
});
const Rect = Shape.register(class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
});
class Square extends Rect { constructor(s) { super(s, s); this.name = 'square'; } }
Shape.register(Square);
const shapes = [Shape.create('circle', 1), Shape.create('rect', 2, 3.5), Shape.create('square', 4)];
shapes.forEach(s => console.log(s.describe()));
console.log(shapes);
console.log(String(shapes[0]), Object.prototype.toString.call(shapes[1]));
console.log(Shape.kinds);
try { new Shape('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Shape.create('hexagon'); } catch (e) { console.log(e.message); }
const total = shapes.reduce((s, x) => s + x.area(), 0);
console.log(total, total.toFixed(3), Math.round(total * 100) / 100);
console.log(shapes.map(s => s.constructor.name), shapes[2] instanceof Rect, Object.getPrototypeOf(Square) === Rect);
console.log(shapes.sort((a, b) => a.area() - b.area()).map(s => [s.name, +s.area().toPrecision(3)]));
console.log(Circle.name, Rect.length, Square.length, typeof Shape.prototype.area, Object.getOwnPropertyNames(Circle.prototype));
class Polygon extends Shape {
  constructor(...pts) { super('polygon'); this.pts = pts; }
  area() { let s = 0; for (let i = 0; i < this.pts.length; i++) { const [x1, y1] = this.pts[i], [x2, y2] = this.pts[(i + 1) % this.pts.length]; s += x1 * y2 - x2 * y1; } return Math.abs(s) / 2; }
}
const tri = new Polygon([0, 0], [4, 0], [0, 3]);
console.log(tri.describe(), tri);
