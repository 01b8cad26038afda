// depth 2 limit and the compact=3 single-line rule
console.log({ a: { b: { c: { d: {} } } } }, { a: { b: { c: {} } } });
console.log({ a: [[[[1]]]] }, [[[[]]]], [[[{}]]], [[[{ x: 1 }]]]);
console.log({ level1: { level2: { level3: 'deep' } }, other: 1 });
console.log({ a: { b: { c: 1 } }, d: { e: { f: 2 } } });
console.log({ a: { b: 1, c: { d: 2, e: { f: 3 } } }, g: [1, { h: [2] }] });
console.log([{ name: 'alice', tags: ['a', 'b'], meta: { age: 30 } }, { name: 'bob', tags: [], meta: { age: 40 } }]);
console.log({ m: new Map([['k', { deep: { deeper: 1 } }]]) });
