const a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat(), a.flat(2), a.flat(Infinity), a.flat(0), a.flat(-1));
console.log([1, , [2, , 3]].flat(), [[]].flat(), [1, 2].flatMap(x => [x, x * 10]), [1, 2].flatMap(x => [[x]]));
console.log(['a b', 'c'].flatMap(s => s.split(' ')), [1, 2, 3].flatMap((x, i) => (i % 2 ? [] : x)));
console.log([1].flatMap(function (x) { return [x, this.k]; }, { k: 'K' }));
try { [1].flatMap(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.flat.call({ length: 2, 0: [1], 1: 2 }));
