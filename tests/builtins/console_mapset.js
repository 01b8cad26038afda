// Map, Set, weak collections
console.log(new Map(), new Set(), new Map([['a', 1], ['b', 2]]), new Set([1, 'two', [3]]));
console.log(new Map([[{ a: 1 }, [1]], [NaN, null]]), new Set([new Set([1])]));
console.log(new WeakMap(), new WeakSet(), [new WeakMap()]);
const m = new Map(); m.set('self', m); console.log(m);
const big = new Set(Array.from({ length: 30 }, (_, i) => i)); console.log(big);
const wide = new Map(Array.from({ length: 5 }, (_, i) => ['key number ' + i, 'value number ' + i])); console.log(wide);
const p = new Map([[1, 2]]); p.extra = 'x'; console.log(p);
