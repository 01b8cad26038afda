class Shape {
  constructor(kind) {
    if (!kind) throw new TypeError('kind required');
  }
}
class Circle extends Shape {}
new Circle();
