const a = new Array(200);
a[5] = 'x';
a[150] = 'y';
console.log(a);
