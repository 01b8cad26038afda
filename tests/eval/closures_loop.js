// closures capture per-iteration bindings of let, but share var
var fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()));
var gs = [];
for (var j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map(g => g()));
const hs = [];
for (const x of ['a', 'b']) hs.push(() => x);
console.log(hs.map(h => h()));
const ks = [];
for (const key in { p: 1, q: 2 }) ks.push(function () { return key; });
console.log(ks.map(k => k()));
function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
let ws = [];
let w = 0;
while (w < 3) { let copy = w; ws.push(() => copy); w++; }
console.log(ws.map(f => f()));
const mod = [];
for (let i = 0; i < 3; i++) { mod.push(() => i); i++; }
console.log(mod.map(f => f()));
