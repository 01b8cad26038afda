class Range {
  constructor(start, end, step = 1) { Object.assign(this, { start, end, step }); }
  [Symbol.iterator]() {
    let cur = this.start; const { end, step } = this;
    return { next: () => cur < end ? { value: (cur += step) - step, done: false } : { value: undefined, done: true }, [Symbol.iterator]() { return this; } };
  }
}
const r = new Range(0, 10, 3);
console.log([...r], Array.from(r), Math.max(...r));
const [a, b, ...rest] = new Range(1, 6);
console.log(a, b, rest);
for (const x of new Range(5, 8)) console.log('x =', x);
function fib() { let [x, y] = [0, 1]; return { next() { const v = x; [x, y] = [y, x + y]; return { value: v, done: false }; }, [Symbol.iterator]() { return this; } }; }
function take(n, it) { const src = it[Symbol.iterator](); return { next() { if (n-- <= 0) return { value: undefined, done: true }; return src.next(); }, [Symbol.iterator]() { return this; } }; }
console.log([...take(12, fib())]);
const gen = take(2, fib());
console.log(gen.next(), gen.next(), gen.next(), gen.next());
const entries = Object.entries({ x: 1, y: 2 });
for (const [k, v] of entries) console.log(`${k}->${v}`);
const m = new Map([['one', 1], ['two', 2]]);
console.log([...m.keys()], [...m.values()], [...m.entries()]);
console.log(m.keys(), m.values(), m.entries(), new Set([1, 2]).values());
console.log([1, 2, 3][Symbol.iterator](), 'ab'[Symbol.iterator](), [1].entries());
const it = [10, 20, 30].entries(); it.next();
console.log(it, [...it]);
const closing = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++, done: false }; }, return() { console.log('closed at', i); return { done: true }; } }; } };
for (const v of closing) { if (v > 2) break; }
const [p, q] = closing;
console.log(p, q);
console.log(Array.from('héllo', c => c.toUpperCase()), Array.from(new Set('mississippi')).join(''));
console.log(Object.fromEntries(new Map([['a', 1], ['b', 2]])), new Map(Object.entries({ z: 26 })));
const genObj = fib();
console.log(genObj, typeof genObj.next, Object.prototype.toString.call(genObj));
