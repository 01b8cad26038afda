const a = [1, [2, [3]]];
a[1][1].push(a);
console.log(a);
const b = { list: [] };
b.list.push({ parent: b }, { parent: b });
console.log(b);
