// Object.entries / fromEntries transformations
const prices = { apple: 1.2, banana: 0.5, cherry: 3, date: 2.75 };
const discounted = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, +(v * 0.9).toFixed(2)]));
console.log(discounted);
const cheap = Object.fromEntries(Object.entries(prices).filter(([, v]) => v < 2));
console.log(cheap);
const inverted = Object.fromEntries(Object.entries({ a: 'x', b: 'y', c: 'x' }).map(([k, v]) => [v, k]));
console.log(inverted);

const renameKeys = (obj, map) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [map[k] ?? k, v]));
console.log(renameKeys({ first_name: 'Ada', last_name: 'L', age: 36 }, { first_name: 'firstName', last_name: 'lastName' }));

const snake = (s) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
function deepKeys(o, fn) {
  if (Array.isArray(o)) return o.map((x) => deepKeys(x, fn));
  if (o && typeof o === 'object') return Object.fromEntries(Object.entries(o).map(([k, v]) => [fn(k), deepKeys(v, fn)]));
  return o;
}
console.log(JSON.stringify(deepKeys({ userId: 1, userInfo: { homeAddress: 'x', tagList: [{ tagName: 't' }] } }, snake)));

const sorted = Object.fromEntries(Object.entries(prices).sort(([, a], [, b]) => b - a));
console.log(Object.keys(sorted));
const numeric = { 10: 'ten', 2: 'two', b: 'bee', 1: 'one', a: 'ay' };
console.log(Object.keys(numeric), Object.entries(numeric)[0]);

const totals = Object.entries({ q1: [1, 2, 3], q2: [4, 5], q3: [] }).reduce((acc, [q, arr]) => {
  acc[q] = arr.reduce((a, b) => a + b, 0);
  return acc;
}, {});
console.log(totals);
const merged = Object.assign({}, { a: 1, b: { c: 2 } }, { b: { d: 3 } }, null, { e: undefined });
console.log(merged, { ...merged, a: 0 });

function pick(obj, ...keys) { return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]])); }
function omit(obj, ...keys) { return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k))); }
console.log(pick(prices, 'apple', 'kiwi', 'date'), omit(prices, 'apple', 'banana'));
console.log(Object.fromEntries(new Map([[1, 'a'], [{}, 'b']])), Object.fromEntries([['k', 1], ['k', 2]]));
const proto = { inherited: true };
const child = Object.create(proto, { own: { value: 1, enumerable: true }, hidden: { value: 2 } });
console.log(Object.entries(child), Object.getOwnPropertyNames(child), 'inherited' in child);
