// Recursion: direct, mutual, deep, and through named function expressions.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fact(10), fact(20), fact(25), fib(20));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(77));
const ack = function a(m, n) { return m === 0 ? n + 1 : n === 0 ? a(m - 1, 1) : a(m - 1, a(m, n - 1)); };
console.log(ack(2, 3));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function hanoi(n, from, to, via, moves) {
    if (n === 0) return moves;
    hanoi(n - 1, from, via, to, moves);
    moves.push(from + to);
    return hanoi(n - 1, via, to, from, moves);
}
console.log(hanoi(3, "A", "C", "B", []).join(" "));
function flatten(a) { return a.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : [x]), []); }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));
function perms(s) {
    if (s.length <= 1) return [s];
    const out = [];
    for (let i = 0; i < s.length; i++)
        for (const p of perms(s.slice(0, i) + s.slice(i + 1))) out.push(s[i] + p);
    return out;
}
console.log(perms("abc"));
