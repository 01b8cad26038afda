const m = new Map([[{ a: 1 }, 'obj'], [[1, 2], 'arr'], [null, undefined]]);
console.log(m);
