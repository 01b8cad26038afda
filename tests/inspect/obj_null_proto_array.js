const a = [1, 2];
Object.setPrototypeOf(a, null);
console.log(a);
const m = new Map([[1, 2]]);
Object.setPrototypeOf(m, null);
console.log(m);
