// Memoized recursion with Map caches
function memoize(fn) {
  const cache = new Map();
  const wrapped = (...args) => {
    const key = args.join(',');
    if (cache.has(key)) return cache.get(key);
    const result = fn(...args);
    cache.set(key, result);
    return result;
  };
  wrapped.cache = cache;
  return wrapped;
}

let calls = 0;
const fib = memoize((n) => {
  calls++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(50), 'calls:', calls, 'cache size:', fib.cache.size);
console.log(fib(78), Number.isSafeInteger(fib(78)), fib(79) > Number.MAX_SAFE_INTEGER);

const gridPaths = memoize((r, c) => (r === 0 || c === 0 ? 1 : gridPaths(r - 1, c) + gridPaths(r, c - 1)));
console.log('grid paths 10x10:', gridPaths(10, 10), '16x16:', gridPaths(16, 16));

function coinChange(coins, amount) {
  const memo = new Map();
  function best(rem) {
    if (rem === 0) return 0;
    if (rem < 0) return Infinity;
    if (memo.has(rem)) return memo.get(rem);
    let min = Infinity;
    for (const c of coins) min = Math.min(min, best(rem - c) + 1);
    memo.set(rem, min);
    return min;
  }
  const r = best(amount);
  return r === Infinity ? -1 : r;
}
console.log(coinChange([1, 5, 10, 25], 63), coinChange([2], 3), coinChange([3, 7], 100));

const lcs = (a, b) => {
  const memo = new Map();
  const go = (i, j) => {
    if (i === a.length || j === b.length) return '';
    const key = i * 1000 + j;
    if (memo.has(key)) return memo.get(key);
    let r;
    if (a[i] === b[j]) r = a[i] + go(i + 1, j + 1);
    else {
      const x = go(i + 1, j), y = go(i, j + 1);
      r = x.length >= y.length ? x : y;
    }
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
};
console.log(lcs('AGGTAB', 'GXTXAYB'), lcs('javascript', 'typescript'));

const factorial = memoize((n) => (n <= 1 ? 1 : n * factorial(n - 1)));
console.log(factorial(20), factorial(25), factorial(170) < Infinity, factorial(171));
