// Custom iterables through Symbol.iterator: for-of, spread, destructuring,
// Array.from, early exit calling return(), and iterator results.
class Range {
    constructor(from, to) { this.from = from; this.to = to; }
    [Symbol.iterator]() {
        let cur = this.from;
        const to = this.to;
        return { next: () => cur <= to ? { value: cur++, done: false } : { value: undefined, done: true } };
    }
}
const r = new Range(1, 5);
const got = [];
for (const v of r) got.push(v);
console.log(got, [...r], Array.from(r, x => x * x), Math.max(...r));
const [first, second, ...others] = new Range(10, 14);
console.log(first, second, others);
const log = [];
const closable = {
    [Symbol.iterator]() {
        let i = 0;
        return {
            next() { i++; log.push("next" + i); return { value: i, done: i > 10 }; },
            return() { log.push("return"); return { done: true }; },
        };
    },
};
for (const v of closable) { if (v === 2) break; }
console.log(log.join(","));
log.length = 0;
const [x1] = closable;
console.log(x1, log.join(","));
log.length = 0;
try { for (const v of closable) { throw new Error("boom " + v); } } catch (e) { console.log(e.message, log.join(",")); }
const plain = { a: 1 };
try { for (const v of plain) console.log(v); } catch (e) { console.log(e.name, e.message); }
try { const [z] = 5; } catch (e) { console.log(e.name, e.message); }
const arrIt = [1, 2][Symbol.iterator]();
console.log(arrIt.next(), arrIt.next(), arrIt.next(), typeof arrIt[Symbol.iterator], arrIt[Symbol.iterator]() === arrIt);
const strIt = "hi"[Symbol.iterator]();
console.log(strIt.next().value, [...strIt]);
const fibs = {
    [Symbol.iterator]() {
        let [a, b] = [0, 1];
        return { next() { const value = a; [a, b] = [b, a + b]; return { value, done: false }; } };
    },
};
const firstFibs = [];
for (const f of fibs) { if (f > 50) break; firstFibs.push(f); }
console.log(firstFibs.join(" "));
const entries = new Map([["a", 1]]).entries();
console.log(entries.next().value, entries.next().done);
