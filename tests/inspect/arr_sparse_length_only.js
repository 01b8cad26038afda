const a = [];
a.length = 3;
console.log(a);
a[1] = undefined;
console.log(a);
