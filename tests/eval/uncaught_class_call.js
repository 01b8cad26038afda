class Point { constructor(x) { this.x = x; } }
const p = new Point(1);
console.log(p.x);
Point(2);
