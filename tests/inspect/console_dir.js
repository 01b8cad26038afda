console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('string is quoted');
console.dir(5, 6);
class C { constructor() { this.a = 1; } }
console.dir(new C(), { showHidden: true });
