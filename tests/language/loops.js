// while, do-while and for loops: conditions, continue, empty bodies,
// comma expressions and loop variables after the loop.
let i = 0, out = [];
while (i < 5) { i++; if (i === 3) continue; out.push(i); }
console.log(out.join(","), i);
let j = 10;
do { j++; } while (j < 5);
console.log(j);
let k;
for (k = 0; k < 10; k += 3);
console.log(k);
const pairs = [];
for (let x = 0, y = 10; x < y; x += 3, y -= 3) pairs.push(x + ":" + y);
console.log(pairs.join(" "));
let n = 0;
for (;;) { if (++n === 100) break; }
console.log(n);
let sum = 0;
for (let a = 1; a <= 100; a++) { if (a % 2) continue; sum += a; }
console.log(sum);
let w = 3;
while (w--) ;
console.log(w);
const collatz = [];
let c = 27, steps = 0;
while (c !== 1) { c = c % 2 ? 3 * c + 1 : c / 2; steps++; }
console.log(steps);
let prod = 1;
for (let m = 1; m <= 20; m++) prod *= m;
console.log(prod, prod === 2432902008176640000);
let nested = 0;
for (let p = 0; p < 10; p++) for (let q = 0; q < p; q++) nested++;
console.log(nested);
let f = 0, g = 1;
for (let t = 0; t < 78; t++) [f, g] = [g, f + g];
console.log(f);
