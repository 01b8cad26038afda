// fib.js - recursive calls: argument passing, returns, comparisons.
function fib(n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}
console.log("fib", fib(32));
