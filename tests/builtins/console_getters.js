// accessors are shown, never called
let calls = 0;
const o = { get a() { calls++; return 1; }, set b(v) { calls++; }, get c() { calls++; return 1; }, set c(v) {} };
console.log(o, calls);
class P { get area() { calls++; return 4; } } console.log(new P(), calls);
const arr = [1]; Object.defineProperty(arr, '1', { get() { calls++; return 2; }, enumerable: true }); console.log(arr, calls);
