const obj = { a: 1 };
console.log(obj.a);
obj.b.c = 3;
