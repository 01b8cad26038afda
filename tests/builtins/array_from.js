console.log(Array.from('héllo'), Array.from('a😀b'));
console.log(Array.from({ length: 3 }), Array.from({ length: 2, 0: 'a', 1: 'b' }));
console.log(Array.from([1, 2, 3], x => x * 10), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])));
console.log(Array.from([1, 2].entries()), Array.from([5, 6].keys()));
function gen(list) { let i = 0; return { next() { return i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true }; } }; }
console.log(Array.from({ [Symbol.iterator]() { return gen([1, 2]); } }));
const ctx = { mul: 3 };
console.log(Array.from([1, 2], function (x) { return x * this.mul; }, ctx));
try { Array.from(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.from([], 'nope'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.from(5), Array.from(true), Array.from({ length: -5 }));
let closed = false;
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed = true; return {}; } }; } };
try { Array.from(it, () => { throw new Error('boom'); }); } catch (e) { console.log(e.message, closed); }
console.log(Array.of.call(Object, 1, 2).length, Array.from.call(Object, [1]).length);
