// Number and Boolean constructors and wrappers
console.log(Number(), Number('  12  '), Number('0x10'), Number('0b11'), Number('1e3'), Number(''), Number('12px'), Number(null), Number(undefined), Number([5]), Number(true));
const n = new Number(42);
console.log(typeof n, n + 1, n.valueOf(), n.toString(), n.toFixed(1), n instanceof Number, Object.prototype.toString.call(n));
console.log(Number.prototype.valueOf(), typeof Number.prototype, Number.length, Number.name);
console.log(Boolean(), Boolean(0), Boolean(''), Boolean('0'), Boolean([]), Boolean(NaN), Boolean(null), Boolean({}));
const b = new Boolean(false);
console.log(typeof b, b ? 'truthy' : 'falsy', b.valueOf(), b.toString(), true.toString(), false.valueOf());
console.log(Boolean.prototype.valueOf(), Boolean.length, Boolean.name);
for (const f of [() => Boolean.prototype.toString.call(1), () => Boolean.prototype.valueOf.call('true'),
                 () => Number.prototype.toString.call('1'), () => Number.prototype.valueOf.call({})]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
class MyNum extends Number { double() { return this * 2; } }
console.log(new MyNum(21).double(), (5).constructor === Number);
