const a = [5, 12, 8, 130, 44];
console.log(a.find(x => x > 10), a.findIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10));
console.log(a.find(x => x > 1000), a.findIndex(x => x > 1000), a.findLast(x => x < 0), a.findLastIndex(x => x < 0));
const holes = [, 1];
const idx = [];
holes.find((v, i) => { idx.push(i); return false; });
console.log(idx);
console.log([1, 2, 3].find(function (x) { return x === this.v; }, { v: 2 }));
try { [].find(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.findLast.call(undefined, x => x); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.find.call({ length: 2, 0: 'a', 1: 'b' }, x => x === 'b'));
