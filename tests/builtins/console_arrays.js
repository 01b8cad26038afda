// arrays: empty, nested, holes, extra properties
console.log([], [[]], [[], []], [1, [2, [3, [4, [5]]]]]);
console.log([1, , 3], [, , ,], new Array(5), [1, 2, , , 5, , ]);
const a = [1, 2, 3]; a.foo = 'bar'; a[-1] = 'neg'; console.log(a);
const b = []; b.x = 1; console.log(b);
const s = [1, 2]; s[10] = 3; console.log(s);
console.log([[1, 2], [3, 4]], [{ a: 1 }, { b: 2 }]);
console.log(Array(3).fill({}), [null, undefined]);
