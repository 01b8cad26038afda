const p = (...a) => console.log(...a);
let closed = 0;
const badIter = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i < 3 ? [i, i] : 5, done: false }; }, return() { closed++; return {}; } }; } };
try { new Map(badIter); } catch (e) { p(e.message, closed); }
try { Object.fromEntries(badIter); } catch (e) { p(e.message, closed); }
const it2 = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
class ThrowingSet extends Set { add(v) { throw new Error('add ' + v); } }
try { new ThrowingSet(it2); } catch (e) { p(e.message, closed); }
try { new Set({ [Symbol.iterator]() { return 1; } }); } catch (e) { p(e.message); }
const w = Object(Symbol('w'));
try { w + ''; } catch (e) { p(e.message); }
p(w.toString(), String(w.valueOf()), w.description);
const arr = [3, , 1];
Array.prototype[1] = 'proto';
p(arr.join(), arr.indexOf('proto'), arr.includes('proto'));
arr.sort();
p(arr.join(), Object.keys(arr));
delete Array.prototype[1];
const o = { get a() { throw new Error('getter'); } };
try { Object.assign({}, o); } catch (e) { p(e.message); }
try { ({}).propertyIsEnumerable.call(null); } catch (e) { p(e.message); }
p([1, 2, 3].lastIndexOf(3, -1), [1, 2, 3].lastIndexOf(3, -2), [1,2,3].lastIndexOf(1, -3), [1,2,3].lastIndexOf(1, -4));
p([1, 2, 3].slice(1.5), [1, 2, 3].slice('1'), [1, 2, 3].slice(NaN), [1,2,3].slice(0, -0));
p([1, 2, 3].fill(0, NaN, NaN), [1, 2, 3].splice(NaN), [1, 2, 3].at(NaN), [1,2,3].at(-0));
p(Array.prototype.slice.call({ length: 2 ** 32 + 1, [2 ** 32]: 'big' }, 2 ** 32));
p([10, 9, 8].entries().next().value, Object.getPrototypeOf([].entries()) === Object.getPrototypeOf([].keys()));
const sub = [1, 2, 3];
sub.constructor = { [Symbol.species]: function (n) { return { length: 0, made: n }; } };
const r = sub.map(x => x * 2);
p(r.made, r[0], r.length, Array.isArray(r));
p(Object.getOwnPropertyNames(new Map().entries()), typeof Object.getPrototypeOf(new Map().entries()).next);
p(Object.entries(new Error('e')), Object.keys(new TypeError('t', { cause: 1 })));
