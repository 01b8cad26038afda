// exec: the result array and its properties
const r = new RegExp('(\\d+)-(x)?(\\w)');
const m = r.exec('ab 12-c zz');
console.log(m);
console.log(m.length, m.index, m.input, m.groups, m[2], Object.keys(m));
console.log(r.exec('nothing'));
console.log(new RegExp('').exec('abc'));
console.log(new RegExp('b').exec(12345) === null, new RegExp('3').exec(12345).index);
console.log(new RegExp('undefined').exec().index, new RegExp('null').test(null));
console.log(new RegExp('a').test('xa'), new RegExp('^a').test('xa'));
console.log(Array.isArray(m), Object.getPrototypeOf(m) === Array.prototype);
const big = new RegExp('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)').exec('abcdefghijk');
console.log(big.length, big[11]);
