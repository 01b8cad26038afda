class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
console.log([new Point(0, 0)]);
class Sub extends Point {}
console.log(new Sub(3, 4));
