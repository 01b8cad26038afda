const sieve = n => { const is = new Array(n + 1).fill(true); is[0] = is[1] = false; for (let i = 2; i * i <= n; i++) if (is[i]) for (let j = i * i; j <= n; j += i) is[j] = false; return is.reduce((a, p, i) => (p && a.push(i), a), []); };
const primes = sieve(200);
console.log(primes.length, primes);
const factor = n => { const f = []; for (let d = 2; d * d <= n; d++) while (n % d === 0) { f.push(d); n /= d; } if (n > 1) f.push(n); return f; };
for (const n of [1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143]) console.log(String(n).padStart(12), '=', factor(n).join(' × ') || '1');
const collatz = n => { let steps = 0; while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps; };
let best = [0, 0]; for (let i = 1; i < 10000; i++) { const s = collatz(i); if (s > best[1]) best = [i, s]; }
console.log(best);
const perfect = []; for (let n = 2; n < 10000; n++) { let s = 1; for (let d = 2; d * d <= n; d++) if (n % d === 0) s += d + (d * d === n ? 0 : n / d); if (s === n) perfect.push(n); }
console.log(perfect);
const digits = n => String(n).split('').map(Number);
const armstrong = []; for (let n = 1; n < 100000; n++) { const d = digits(n); if (d.reduce((s, x) => s + x ** d.length, 0) === n) armstrong.push(n); }
console.log(armstrong);
const twin = primes.filter((p, i) => primes[i + 1] - p === 2).map(p => [p, p + 2]);
console.log(twin.slice(0, 8));
const goldbach = n => { for (const p of primes) if (primes.includes(n - p)) return [p, n - p]; };
console.log([4, 28, 100, 198].map(goldbach));
console.log(Number.MAX_SAFE_INTEGER % 7, 2 ** 31 - 1, (2 ** 31 - 1) % 1000, Math.pow(2, 0.5), Math.sqrt(2) === Math.SQRT2);
const bin = n => n.toString(2), popcount = n => bin(n).split('').filter(b => b === '1').length;
console.log([0, 1, 7, 8, 255, 1023, 2 ** 32 - 1].map(n => [n, bin(n), popcount(n), n.toString(16).toUpperCase(), n.toString(8)]));
console.log(parseInt('ff', 16), parseInt('777', 8), parseInt('z', 36), parseInt('12', 3), Number('0x1F'), (0xdeadbeef >>> 0).toString(2).length);
