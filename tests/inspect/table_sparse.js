console.table([{ a: 1 }, undefined, { b: 2 }]);
const a = [1, , 3];
console.table(a);
