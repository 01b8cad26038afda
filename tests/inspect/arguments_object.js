function f() { return arguments; }
console.log(f(1, 'a', { b: 2 }));
console.log(f());
console.log([f(1)]);
