// class instances, classes, null prototypes
class Foo { constructor() { this.x = 1; } method() {} }
class Bar extends Foo { constructor() { super(); this.y = [1, 2]; } }
class Empty {}
console.log(new Foo(), new Bar(), new Empty(), [new Foo()], { inst: new Bar() });
console.log(Foo, Bar, Empty, [Foo], class {}, class extends Foo {});
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log(Object.create(Foo.prototype), Foo.prototype, Object.create({}));
function Legacy() { this.v = 1; } console.log(new Legacy());
const anon = new (class {})(); console.log(anon);
