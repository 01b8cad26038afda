const s = Symbol('acc');
const o = { get [s]() { return 1; } };
console.log(o);
