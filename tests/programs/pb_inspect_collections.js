// How console.log prints collections, iterators and weak objects
const m = new Map([['a', 1], [{ k: 1 }, [1, 2]], [null, undefined]]);
console.log(m);
console.log(new Set(['x', { y: 2 }, [3]]));
console.log(m.entries(), m.keys(), m.values());
console.log(new Set([1, 2]).values(), new Set([1]).entries());
const it = m.keys();
it.next();
console.log('partly consumed:', it);
console.log([1, 2, 3][Symbol.iterator](), 'ab'[Symbol.iterator](), [1].entries());
console.log(new WeakMap(), new WeakSet(), new WeakRef({}));
console.log(new FinalizationRegistry(() => {}));
console.log(new Map(), new Set(), { m: new Map([[1, new Map([[2, new Map([[3, 'deep']])]])]]) });
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i * i]));
console.log(big);
const bigSet = new Set(Array.from({ length: 105 }, (_, i) => `item${i}`));
console.log(bigSet);
class Bag extends Set {
  get [Symbol.toStringTag]() { return 'Bag'; }
}
console.log(new Bag([1, 2]));
class Registry extends Map {}
console.log(new Registry([['k', 'v']]));
const withProps = new Map([[1, 2]]);
withProps.label = 'extra';
console.log(withProps);
console.log([new Map([[1, { a: [1, { b: { c: {} } }] }]])]);
console.log(String(new Map()), `${new Set()}`, new Map() + '');
console.log(Object.prototype.toString.call(new Map().entries()), Object.prototype.toString.call(new WeakMap()));
