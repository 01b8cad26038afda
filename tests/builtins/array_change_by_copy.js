const a = [3, 1, 2];
console.log(a.toSorted(), a.toReversed(), a.with(0, 'x'), a.with(-1, 'y'), a.toSpliced(1, 1, 'a', 'b'), a);
console.log([, 1].toSorted(), [1, , 2].toReversed(), [, 1].with(1, 2), [1, , 3].toSpliced(0, 0));
console.log(a.toSpliced(), a.toSpliced(1), a.toSorted((x, y) => y - x));
try { a.with(3, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a.with(-4, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a.toSorted('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.toReversed.call({ length: 2, 0: 'a', 1: 'b' }));
const s = [1, 2];
s.constructor = function () {};
console.log(Array.isArray(s.toSorted()), s.toSorted().constructor === Array);
