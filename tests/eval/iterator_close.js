function makeIter(log) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; log.push('next' + i); return { value: i, done: i > 3 }; },
    return() { log.push('return'); return {}; },
  };
}
let log = [];
for (const v of makeIter(log)) { if (v === 2) break; }
console.log(log.join(' '));
log = [];
try { for (const v of makeIter(log)) { throw new Error('boom ' + v); } } catch (e) { console.log(e.message); }
console.log(log.join(' '));
log = [];
for (const v of makeIter(log)) { }
console.log(log.join(' '));
log = [];
const [a, b] = makeIter(log);
console.log(a, b, log.join(' '));
log = [];
function early() { for (const v of makeIter(log)) { return v; } }
console.log(early(), log.join(' '));
log = [];
outer: for (const x of [1, 2]) { for (const v of makeIter(log)) { continue outer; } }
console.log(log.join(' '));
const range = { from: 1, to: 4, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } }; } };
console.log([...range], Array.from(range));
const m = new Map([['k1', 1], ['k2', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const ch of 'hé') console.log(ch);
