// combinators and iterators: closing on errors, errors from the iterator
const log = (...a) => console.log(...a);
function iterable(values, onReturn) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        return() { onReturn(); return {}; },
      };
    },
  };
}
const bad = { then() { throw new Error("never here"); } };
Promise.all(iterable([1, 2], () => log("all: return called"))).then((v) => log("all fulfilled", v));
const throwingNext = { [Symbol.iterator]() { return { next() { throw new Error("next threw"); }, return() { log("not called"); } }; } };
Promise.all(throwingNext).catch((e) => log("all rejected:", e.message));
const origResolve = Promise.resolve;
Promise.resolve = function (v) { if (v === 2) throw new Error("resolve threw"); return origResolve.call(this, v); };
Promise.race(iterable([1, 2, 3], () => log("race: return called on abrupt"))).catch((e) => log("race rejected:", e.message));
Promise.resolve = origResolve;
let got = [];
Promise.resolve = function (v) { got.push(v); return origResolve.call(this, v); };
Promise.allSettled(["a", "b"]).then(() => log("allSettled used Promise.resolve on", got));
Promise.resolve = origResolve;
const badThen = Promise.resolve(1);
badThen.then = function () { throw new Error("then threw"); };
Promise.any(iterable([badThen], () => log("any: return called"))).catch((e) => log("any rejected:", e.message));
log("sync end");
