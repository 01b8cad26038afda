const fp = Function.prototype;
for (const n of ['call', 'apply', 'bind', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(fp, n);
  console.log(n, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
}
console.log(typeof fp, fp(), fp.length, fp.name === '');
console.log(Object.getPrototypeOf(fp) === Object.prototype, Object.getPrototypeOf(function () {}) === fp);
console.log(Function.name, Function.length, Function.prototype === fp, fp.constructor === Function);
function named(a, b = 1, ...c) {}
console.log(named.name, named.length, (() => {}).name, ((x, y) => {}).length);
const obj = { method() {}, get acc() { return 1; } };
console.log(obj.method.name, Object.getOwnPropertyDescriptor(obj, 'acc').get.name);
