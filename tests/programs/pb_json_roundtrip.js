// JSON round trips: replacers, revivers, toJSON, indentation, edge values
const data = {
  name: 'widget',
  tags: ['a', 'b'],
  price: 9.99,
  created: { toJSON() { return '2020-01-01T00:00:00.000Z'; } },
  nested: { deep: { deeper: [1, { x: null }] } },
  skip: undefined,
  fn() {},
  sym: Symbol('s'),
  nan: NaN,
  inf: -Infinity,
  negZero: -0,
};
const text = JSON.stringify(data);
console.log(text);
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['name', 'price', 'nested', 'deep']));
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? Math.round(v) : v), '\t'));
console.log(JSON.stringify([undefined, function () {}, Symbol('x')]));

const back = JSON.parse(text, function (key, value) {
  if (key === 'created') return { iso: value };
  if (Array.isArray(value)) return value.length;
  return value;
});
console.log(back);

const withMap = { m: new Map([['a', 1]]), s: new Set([1]) };
console.log(JSON.stringify(withMap));
const mapJSON = JSON.stringify({ m: [...withMap.m], s: [...withMap.s] });
const restored = JSON.parse(mapJSON, (k, v) => (k === 'm' ? new Map(v) : k === 's' ? new Set(v) : v));
console.log(restored);

for (const bad of ['{"a":1,}', "{'a':1}", '[1,2', '', 'undefined', '{"a" 1}']) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }

console.log(JSON.stringify('he said "hi"\n\u2028'), JSON.stringify({ '\u0000': '\ud800' }));
console.log(JSON.parse('"\\u0041\\n"'), JSON.parse(' [1e3, -0.5, true, null] '));
console.log(JSON.stringify({ a: [] , b: {} }, null, 4), JSON.stringify([[]], null, '--'));
const deep = JSON.parse(JSON.stringify({ list: [{ id: 1 }, { id: 2 }] }));
deep.list[0].id = 99;
console.log(deep);
