// let/const block scoping, TDZ, const immutability, per-iteration bindings.
let a = 1;
{
    let a = 2;
    const b = 3;
    console.log(a, b);
}
console.log(a, typeof b);
try { console.log(tdz); let tdz = 1; } catch (e) { console.log(e.name, e.message); }
try { const c = 1; c = 2; } catch (e) { console.log(e.name, e.message); }
const obj = { v: 1 };
obj.v = 2;
console.log(obj.v);
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
const vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
console.log(vfns.map(f => f()));
const ofns = [];
for (const k of ["x", "y"]) ofns.push(() => k);
console.log(ofns.map(f => f()));
const infns = [];
for (const key in { p: 1, q: 2 }) infns.push(() => key);
console.log(infns.map(f => f()));
let shadowed = "outer";
function f() { let shadowed = "inner"; return shadowed; }
console.log(f(), shadowed);
switch (1) { case 1: let s = "in switch"; console.log(s); }
function g() { return typeof later; }
let later = 5;
console.log(g());
