class Sub extends Array {}
const s = Sub.from([1, 2, 3]);
console.log(s instanceof Sub, s.length);
console.log(s.map(x => x) instanceof Sub, s.filter(Boolean) instanceof Sub, s.slice() instanceof Sub);
console.log(s.concat([4]) instanceof Sub, s.flat() instanceof Sub, s.splice(0, 1) instanceof Sub);
console.log(s.toSorted() instanceof Sub, s.toReversed() instanceof Sub, s.with(0, 1) instanceof Sub);
class NoSpecies extends Array { static get [Symbol.species]() { return Array; } }
const n = new NoSpecies(1, 2);
console.log(n.map(x => x) instanceof NoSpecies, n.map(x => x) instanceof Array);
const weird = [1];
weird.constructor = { [Symbol.species]: null };
console.log(Array.isArray(weird.map(x => x)));
weird.constructor = { [Symbol.species]: 5 };
try { weird.map(x => x); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Sub.of(1, 2) instanceof Sub);
