class A { x = 5; f = () => this.x; static s = this.name; ['m' + 1]() { return 'm1'; } }
const a = new A();
console.log(a.f.call(null), A.s, a.m1());
const fs = [];
for (let i = 0; i < 3; i++) { let j = i * 10; fs.push(() => i + j); }
console.log(fs.map(f => f()));
let x = 'outer';
function shadowParam(x = x) { return x; }
try { shadowParam(); } catch (e) { console.log(e.message); }
const obj = { a: 1, get b() { return this.a + 1; }, ['c']: 3 };
const copy = { ...obj };
console.log(copy, Object.getOwnPropertyDescriptor(copy, 'b').value);
function F() { if (!(this instanceof F)) return new F(); this.ok = true; }
console.log(F().ok);
const arr = [1, 2, 3];
arr.length = 1;
console.log(arr, [,].length, [1, , 3].indexOf(undefined));
var v1 = 1; var v1; console.log(v1);
console.log([1, 2, 3].map((x) => x * 2).filter(x => x > 2).reduce((a, b) => a + b));
const nested = { a: { b: { c: { d: 'deep' } } } };
const { a: { b: { c: { d } } } } = nested;
console.log(d);
label1: { label2: { break label1; } }
console.log('after labels');
console.log(((a, b) => a + b)(...[1, 2]), Math.max.apply(null, [4, 7, 1]));
