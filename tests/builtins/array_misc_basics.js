const out = [];
const p = (...a) => console.log(...a);
p([1,2,3].entries().toString(), String(new Map().keys()));
p([10,1,5,100].sort().join(), [10,1,5,100].sort((a,b)=>b-a).join());
p(['a','b','c'].splice(-1), [1,2,3].copyWithin(-1, 0, 1));
p(Array.from({length: 3}, (v, i) => i * 2).reverse());
const a = [1,2,3]; a.length = 5; p(a.length, a.indexOf(undefined), a.includes(undefined), a.findIndex(x => x === undefined));
p([0, -0].map(x => Object.is(x, -0)), [-0].includes(0), [-0].indexOf(0), [NaN].indexOf(NaN), [NaN].findIndex(Number.isNaN));
p([3,2,1].toSorted(), [1,2,3].at(-1), [[1,2],[3]].flatMap(x => x));
p(Object.getOwnPropertyNames(class { static x = 1; }).sort());
const m = new Map(); m.set('x', 1); m.set(NaN, 2); m.set(-0, 3);
p([...m.keys()], m.get(0), m.has(NaN));
const s = new Set([[1], [1]]); p(s.size);
p(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol('x').description);
p(Object.prototype.toString.call(null), Object.prototype.toString.call(new (class Foo {})()));
p(Function.prototype.bind.call(Math.max, null, 1)(5), Math.max.bind(null, 7).name);
p(new Error('x', {cause: 0}).cause, new RangeError().toString(), Error('a').toString());
p([1,[2,[3,[4]]]].toString(), [undefined, null].toString(), [,].length, [,,1].length);
p(Array.prototype.concat.call({}, 1).length, [].concat.call('x', 'y'));
const frozen = Object.freeze([1,2,3]);
try { frozen.sort(); } catch (e) { p(e.constructor.name, e.message); }
try { frozen.reverse(); } catch (e) { p(e.constructor.name, e.message); }
try { frozen.length = 0; } catch (e) { p('no throw in sloppy'); }
p(frozen.length);
try { 'use strict'; Object.defineProperty([], 'length', {value: -1}); } catch (e) { p(e.constructor.name, e.message); }
p(Object.keys(Object.getOwnPropertyDescriptors([1])));
const arr2 = [5, 1, 4]; const it = arr2.keys(); arr2.length = 1; p([...it]);
p([..."a😀"].length, Array.from("a😀").length);
