// Math.random: in [0, 1), varied
const xs = [];
for (let i = 0; i < 1000; i++) xs.push(Math.random());
console.log(xs.every(x => x >= 0 && x < 1), new Set(xs).size > 990, xs.some(x => x < 0.5), xs.some(x => x >= 0.5));
const buckets = [0, 0, 0, 0];
for (const x of xs) buckets[Math.floor(x * 4)]++;
console.log(buckets.every(b => b > 150));
