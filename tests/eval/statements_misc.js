let i = 0;
do { i++; } while (i < 5);
console.log(i);
do console.log('once'); while (false);
let s = '';
for (let a = 0, b = 10; a < b; a += 3, b -= 3) s += a + ':' + b + ' ';
console.log(s);
for (;;) { if (++i > 8) break; }
console.log(i);
debugger;
;;;
if (0) console.log('no'); else if ('') console.log('no'); else console.log('else branch');
const t = true ? false ? 1 : 2 : 3;
console.log(t, void 'x', (1, 'comma'));
let w = 3, out = [];
while (w--) out.push(w);
console.log(out);
var x = 1;
{ var x = 2; }
console.log(x);
for (var k in { a: 1 }) var seenK = k;
console.log(seenK);
let acc = 0;
for (const n of [1, 2, 3, 4, 5, 6]) { if (n % 2) continue; acc += n; }
console.log(acc);
