function outer() {
  let a = 1;
  function middle() {
    let b = 2;
    function inner() { a++; b++; return a + b; }
    return inner;
  }
  const i1 = middle(), i2 = middle();
  return [i1(), i1(), i2(), a];
}
console.log(outer());
function makeAdders() { const r = []; for (var i = 0; i < 3; i++) r.push((function (j) { return x => x + j; })(i)); return r; }
console.log(makeAdders().map(f => f(10)));
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
console.log(compose(x => x + 1, x => x * 2)(5));
function once(fn) { let done = false, result; return (...args) => done ? result : (done = true, result = fn(...args)); }
const o = once((a, b) => a + b);
console.log(o(1, 2), o(5, 5));
function fibMemo() { const memo = {}; const fib = n => n < 2 ? n : memo[n] ?? (memo[n] = fib(n - 1) + fib(n - 2)); return fib; }
console.log(fibMemo()(50));
let shared = 0;
const incs = [1, 2, 3].map(n => () => (shared += n));
incs.forEach(f => f());
console.log(shared);
function blockCapture() { const out = []; { let x = 'block'; out.push(() => x); } { let x = 'second'; out.push(() => x); } return out.map(f => f()); }
console.log(blockCapture());
