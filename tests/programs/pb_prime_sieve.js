// Prime sieve, factorization and a few number-theory helpers
function sieve(limit) {
  const isPrime = new Array(limit + 1).fill(true);
  isPrime[0] = isPrime[1] = false;
  for (let i = 2; i * i <= limit; i++) {
    if (!isPrime[i]) continue;
    for (let j = i * i; j <= limit; j += i) isPrime[j] = false;
  }
  return isPrime.reduce((acc, p, i) => (p && acc.push(i), acc), []);
}
const primes = sieve(100);
console.log(primes.length, primes.join(' '));
console.log('count below 10000:', sieve(10000).length, 'largest:', sieve(10000).at(-1));

function factorize(n) {
  const factors = new Map();
  for (let d = 2; d * d <= n; d++) {
    while (n % d === 0) {
      factors.set(d, (factors.get(d) || 0) + 1);
      n /= d;
    }
  }
  if (n > 1) factors.set(n, (factors.get(n) || 0) + 1);
  return factors;
}
for (const n of [360, 97, 1001, 2 ** 10 * 3 ** 4, 600851475143]) {
  const f = factorize(n);
  console.log(n, '=', [...f].map(([p, e]) => (e > 1 ? `${p}^${e}` : `${p}`)).join(' * '));
}

const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
const lcm = (a, b) => (a / gcd(a, b)) * b;
console.log(gcd(48, 180), lcm(4, 6), [2, 3, 4, 5, 6, 7, 8, 9, 10].reduce(lcm));

const twin = primes.filter((p, i) => primes[i + 1] - p === 2).map((p) => [p, p + 2]);
console.log(JSON.stringify(twin));
const goldbach = (n) => primes.filter((p) => p <= n / 2 && primes.includes(n - p)).map((p) => `${p}+${n - p}`);
console.log(goldbach(28), goldbach(100));
console.log((1234567).toString(2), parseInt('ff', 16), (255).toString(36), Number('0b101'), 0.1 + 0.2);
