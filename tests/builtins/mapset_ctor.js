console.log(new Map([[1, 2], [3, 4]]).size, new Map(new Map([['k', 'v']])).get('k'));
console.log(new Map([['a', 1]].values()).get('a'), new Set(new Set([1, 2])).size);
function gen(list) { let i = 0; return { next() { return i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true }; } }; }
console.log([...new Map({ [Symbol.iterator]() { return gen([['g', 1], ['h', 2]]); } }).keys()]);
try { Map(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Set([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Set(5); } catch (e) { console.log(e.name + ': ' + e.message); }
class MyMap extends Map {
  set(k, v) { return super.set(k, String(v).toUpperCase()); }
}
const mm = new MyMap([['a', 'x']]);
console.log(mm.get('a'), mm instanceof Map, mm instanceof MyMap, mm.size);
class MySet extends Set { constructor(it) { super(it); this.tag = 'mine'; } }
const ms = new MySet([1, 2]);
console.log(ms.tag, ms.size, ms.has(2));
console.log(Map.length, Set.length, Map.name, Set.name, Map[Symbol.species] === Map);
const wrong = new Map([['k', 'v']]);
console.log(new Map([{ 0: 'from', 1: 'object', length: 2 }]).get('from'));
