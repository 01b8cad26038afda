class Point { constructor(x) { this.x = x; } }
console.log(new Point(1));
class Point { constructor(y) { this.y = y; } }
