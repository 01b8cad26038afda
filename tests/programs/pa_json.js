const data = { name: 'Test', n: 1.5, neg: -0, nan: NaN, inf: Infinity, u: undefined, f() {}, s: Symbol('x'), nested: { arr: [1, undefined, () => 1, null, NaN] }, date: null, bool: false };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['name', 'nested', 'arr', 'n']));
console.log(JSON.stringify(data, (k, v) => typeof v === 'number' ? v * 2 : v));
console.log(JSON.stringify(data, (k, v) => (k === '' ? v : k === 'nested' ? undefined : v), '\t'));
console.log(JSON.stringify([1, [2, [3]]], null, '--'));
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
console.log(JSON.stringify('he said "hi"\n\u2028\u0007'), JSON.stringify('\ud800'), JSON.stringify('é😀'));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ x: { toJSON(key) { return 'key:' + key; } } }));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(Symbol()), JSON.stringify(null), JSON.stringify([undefined]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
console.log(JSON.stringify({ [Symbol('k')]: 1, 2: 'two', b: 1, 1: 'one' }));
console.log(JSON.stringify(new Number(5)), JSON.stringify(new String('s')), JSON.stringify([new Boolean(true)]));
const parsed = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041","d":1e3,"e":-0.5}');
console.log(parsed, Object.is(JSON.parse('-0'), -0));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => typeof v === 'number' ? v + 100 : v));
console.log(JSON.parse('[1,2,3]', function (k, v) { return k === '1' ? undefined : v; }));
console.log(JSON.parse(' "str" '), JSON.parse('true'), JSON.parse('null'));
for (const bad of ['{a:1}', '[1,]', "'x'", '01', '{"a":1,}', 'undefined', '[1 2]', '"\t"', '{"a" 1}']) {
  try { JSON.parse(bad); } catch (e) { console.log(bad, '=>', e.name, e.message); }
}
const circ = { a: 1 }; circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e.message); }
const circ2 = { arr: [{ x: {} }] }; circ2.arr[0].x.back = circ2.arr;
try { JSON.stringify(circ2); } catch (e) { console.log(e.message); }
class P { constructor() { this.x = 1; this.y = [1]; } get z() { return 3; } }
console.log(JSON.stringify(new P()), JSON.stringify([new P()], null, 1));
console.log(JSON.stringify({ deep: { a: [] , b: {} } }, null, 2));
console.log(JSON.stringify(1e21), JSON.stringify(1e-7), JSON.stringify(0.1 + 0.2));
