function f() {}
f.x = 1;
f.y = 'two';
console.log(f);
class K {}
K.staticProp = 42;
console.log(K);
const arrow = () => {};
arrow.meta = { a: 1 };
console.log(arrow);
console.log([f]);
