// structuredClone: deep copies with shared references and cycles kept,
// and DataCloneError for what cannot be cloned.
const t = (f) => {
  try { console.log(f()); } catch (e) {
    console.log(Object.prototype.toString.call(e), e.name, e.constructor.name, e.message, e.code, e instanceof Error);
  }
};
console.log(typeof structuredClone, structuredClone.name);
console.log(structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(undefined), structuredClone(-0), structuredClone(NaN));
const src = { a: 1, nested: { b: [1, 2, { c: 3 }] }, k: undefined, n: null, [Symbol('s')]: 4 };
const copy = structuredClone(src);
console.log(copy, copy !== src, copy.nested !== src.nested, copy.nested.b[2] !== src.nested.b[2]);
const arr = [1, , 3]; arr.p = 'x';
console.log(structuredClone(arr), structuredClone([]).length);
const shared = { s: 1 };
const two = structuredClone({ x: shared, y: shared });
console.log(two.x === two.y, two.x !== shared);
const cyc = { name: 'c' }; cyc.self = cyc; cyc.list = [cyc, { back: cyc }];
const cc = structuredClone(cyc);
console.log(cc.self === cc, cc.list[0] === cc, cc.list[1].back === cc, cc !== cyc);
const m = new Map([[{ k: 1 }, new Set([1, 'two'])], ['key', [1]]]);
const mc = structuredClone(m);
console.log(mc, mc instanceof Map, mc !== m, [...mc.values()][0] instanceof Set);
const ms = new Set(); ms.add(ms);
const msc = structuredClone(ms);
console.log(msc.has(msc), msc.size);
console.log(structuredClone(Object(1)), structuredClone(Object('s')), structuredClone(Object(false)));
class P { constructor() { this.a = 1; } get g() { return 1; } m() {} }
const pc = structuredClone(new P());
console.log(pc, pc instanceof P, Object.getPrototypeOf(pc) === Object.prototype);
console.log(structuredClone({ get x() { return 3; } }));
console.log(structuredClone(Object.create({ inh: 1 }, { hidden: { value: 1 }, shown: { value: 2, enumerable: true } })));
const re = structuredClone(/a+b/gi);
console.log(re, re.lastIndex, re.test('xAAB'));
const e = new RangeError('bad', { cause: { why: 1 } }); e.extra = 5;
const ec = structuredClone(e);
console.log(ec instanceof RangeError, ec.name, ec.message, ec.extra, ec.cause, ec.cause !== e.cause, ec.stack === e.stack);
class X extends Error {}
console.log(structuredClone(new X('m')).constructor.name);
const te = new TypeError('q'); te.name = 'Foo';
console.log(structuredClone(te).name, structuredClone(new Error('plain')).message);
t(() => structuredClone(() => 1));
t(() => structuredClone(Symbol('x')));
t(() => structuredClone({ a: function f() {} }));
t(() => structuredClone([1, Symbol.iterator]));
t(() => structuredClone(new WeakMap()));
t(() => structuredClone(Promise.resolve()));
t(() => structuredClone());
