const a = { n: 1 };
const b = { n: 2 };
a.other = b;
b.other = a;
a.me = a;
b.me = b;
console.log([a, b]);
