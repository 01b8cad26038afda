const orig = { n: 1, s: 'str', arr: [1, [2, 3]], map: new Map([['k', { v: 1 }]]), set: new Set([1, 2]), nested: { deep: { x: -0 } }, u: undefined, nil: null, re: /ab+c/gi, nan: NaN };
orig.self = orig;
orig.arr.push(orig.arr);
const c = structuredClone(orig);
console.log(c);
console.log(c !== orig, c.self === c, c.arr[2] === c.arr, c.map.get('k') !== orig.map.get('k'), Object.is(c.nested.deep.x, -0));
class Pt { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Pt());
console.log(p, p instanceof Pt, p.y);
const e = structuredClone(new RangeError('cloned', { cause: 'why' }));
console.log(e instanceof RangeError, e.name, e.message, e.cause);
console.log(structuredClone([1, , 3]), structuredClone('x'), structuredClone(5), structuredClone(null));
const withGetter = { get g() { return 'computed'; } };
console.log(structuredClone(withGetter));
const nonEnum = Object.defineProperty({ a: 1 }, 'hidden', { value: 2 });
console.log(structuredClone(nonEnum));
const sym = { [Symbol('s')]: 1, k: 2 };
console.log(structuredClone(sym));
const boxed = structuredClone([new Number(3), new String('s'), new Boolean(true)]);
console.log(boxed);
for (const bad of [() => 1, Symbol('x'), { f() {} }, new WeakMap(), [function named() {}]]) {
  try { structuredClone(bad); } catch (err) { console.log(err.name, err.message, err.code); }
}
const arrProps = [1, 2]; arrProps.extra = 'x';
console.log(structuredClone(arrProps));
const m2 = structuredClone(new Map([[{ key: 1 }, new Set([[1]])]]));
console.log(m2);
try { structuredClone(); } catch (err) { console.log(err.name, err.message); }
console.log(structuredClone(undefined), structuredClone(Object.create(null)), structuredClone(Object.create({ inherited: 1 })));
