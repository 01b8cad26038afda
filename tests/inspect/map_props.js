const m = new Map([[1, 2]]);
m.extra = 'x';
console.log(m);
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
console.log(new MyMap());
