// Equality tables: ==, ===, Object.is, and instanceof corner cases
const values = [0, -0, 1, '1', '', '0', ' \t\n', null, undefined, NaN, true, false, [], [0], [1, 2], {}, '1,2', Infinity, '-Infinity'];
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v}]` : Object.is(v, -0) ? '-0' : String(v && typeof v === 'object' ? '{}' : v));
for (const a of values) {
  const loose = values.filter((b) => a == b).map(show);
  console.log(show(a).padEnd(12), '==', loose.join(' '));
}
console.log(NaN === NaN, Object.is(NaN, NaN), 0 === -0, Object.is(0, -0), [NaN].includes(NaN), [NaN].indexOf(NaN));
const money = {
  amount: 42,
  valueOf() { return this.amount; },
  toString() { return `$${this.amount}`; },
};
console.log(money == 42, money == '42', money === 42, `${money}`, money + 1, money > 41, String(money));
const prim = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 7 : hint === 'string' ? 'seven' : 'default'; } };
console.log(prim == 'default', +prim, `${prim}`, prim + '', prim < 8, [prim].join());
const sym = Symbol('s');
console.log(sym == sym, sym === Symbol('s'), Object(sym) == sym, null == 0, undefined == 0, null >= 0, undefined >= 0);
console.log('b' > 'a', 'B' > 'a', '10' < '9', 10 < '9', '10' < 9, 'abc' < 'abd', [2] > 1, null < 1, ({} < {}));
console.log(1 < 2 < 3, 3 > 2 > 1, '2' > '12', 2 > '12', 'a' < 1, 'a' > 1, undefined < 1);

class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even, [] instanceof Object, Object.create(null) instanceof Object);
function Legacy() {}
const bound = Legacy.bind(null);
console.log(new Legacy() instanceof bound, new bound() instanceof Legacy, Object(1) instanceof Number, 1 instanceof Number);
for (const bad of [() => ({}) instanceof 5, () => ({}) instanceof {}, () => 1 instanceof { [Symbol.hasInstance]: 1 },
  () => { function F() {} F.prototype = 3; return {} instanceof F; }, () => sym < 1, () => `${sym}`]) {
  try {
    console.log(bad());
  } catch (e) {
    console.log(e.constructor.name + ':', e.message);
  }
}
console.log(typeof null, typeof [], typeof (() => {}), typeof class {}, typeof Symbol(), typeof undefinedVar, typeof new Map());
