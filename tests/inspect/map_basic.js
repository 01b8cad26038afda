console.log(new Map());
console.log(new Map([['a', 1], ['b', { c: 2 }]]));
console.log(new Map([[{ k: 1 }, [1, 2]], [NaN, null]]));
console.log({ m: new Map([[1, new Map([[2, new Map([[3, 4]])]])]]) });
