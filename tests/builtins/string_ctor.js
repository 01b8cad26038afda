// String(), new String, statics, toString/valueOf
console.log(String(), String(123), String(null), String(undefined), String(Symbol('desc')), String(Symbol()));
console.log(String([1, [2, 3]]), String({}), String(-0), String(1e21), String(true));
const w = new String('abc');
console.log(typeof w, w.length, w[1], w.toString(), w.valueOf(), w + '!', Object.keys(w));
console.log(String.fromCharCode(72, 105, 0x10041), String.fromCharCode(), String.fromCodePoint(0x1F600, 65).length);
console.log(String.raw`a\nb${1 + 1}c`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), String.raw({ raw: 'abc' }, '-', '+'));
for (const f of [() => String.fromCodePoint(-1), () => String.fromCodePoint(1.5), () => String.fromCodePoint(0x110000),
                 () => String.prototype.toString.call(1), () => String.prototype.valueOf.call({}),
                 () => new String(Symbol('x')), () => `${Symbol('y')}`]) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(String.length, String.name, String.prototype.length, typeof String.prototype.valueOf());
