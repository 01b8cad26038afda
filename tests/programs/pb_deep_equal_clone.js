// Deep equality and deep cloning across objects, arrays, Maps, Sets and cycles
function deepEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k], seen));
}

function deepClone(v, seen = new WeakMap()) {
  if (typeof v !== 'object' || v === null) return v;
  if (seen.has(v)) return seen.get(v);
  let out;
  if (v instanceof Map) {
    out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(k, deepClone(x, seen));
  } else if (v instanceof Set) {
    out = new Set();
    seen.set(v, out);
    for (const x of v) out.add(deepClone(x, seen));
  } else {
    out = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v));
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = deepClone(v[k], seen);
  }
  return out;
}

const original = {
  name: 'config',
  list: [1, 2, { three: 3 }],
  lookup: new Map([['a', { deep: [true] }]]),
  tags: new Set(['x', 'y']),
  nothing: null,
  nan: NaN,
};
original.self = original;
const copy = deepClone(original);
console.log(deepEqual(original, copy), copy !== original, copy.self === copy, copy.lookup.get('a') !== original.lookup.get('a'));
copy.list[2].three = 'changed';
console.log(deepEqual(original, copy), original.list[2].three);
console.log(deepEqual([1, [2, [3]]], [1, [2, [3]]]), deepEqual({ a: 1 }, { a: 1, b: undefined }), deepEqual(NaN, NaN), deepEqual(0, -0));
console.log(deepEqual(new Map([[1, 2]]), new Map([[1, 3]])), deepEqual(new Set([1]), new Set([1])), deepEqual([], {}));
class P { constructor(x) { this.x = x; } }
console.log(deepEqual(new P(1), new P(1)), deepEqual(new P(1), { x: 1 }), deepClone(new P(5)) instanceof P);
console.log(copy);
const viaJSON = JSON.parse(JSON.stringify({ m: original.lookup, s: original.tags, n: original.nan, l: original.list }));
console.log(viaJSON);
