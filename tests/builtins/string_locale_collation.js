const words = ['banana', 'Apple', 'apple', 'cherry', 'Éclair', 'eclair', 'zebra', 'Zoë', 'zoe', 'ángel', 'Angel', 'angel', 'Ñandu', 'nandu', 'a-b', 'a b', 'ab', 'a_b', 'a1', 'a~', 'A$', 'item10', 'item9', 'résumé', 'resume', 'Resume'];
console.log([...words].sort((a, b) => a.localeCompare(b)));
const pairs = [['a', 'B'], ['a', 'A'], ['é', 'e'], ['e', 'É'], ['É', 'é'], ['a\t', 'a '], ['', 'a'], ['a', 'a'], ['á', 'à'], ['ab', 'áa'], ['x~', 'x$'], ['Ça', 'ca'], ['Ÿ', 'y'], ['ş', 't'], ['1', 'a'], ['!', '0']];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x.localeCompare(y));
const people = [{ name: 'Émile' }, { name: 'Zach' }, { name: 'emma' }, { name: 'Eve' }, { name: 'Ana' }];
console.log(people.sort((p, q) => p.name.localeCompare(q.name)).map(p => p.name).join(', '));
const files = ['file10.txt', 'file2.txt', 'File1.txt', 'file1.txt', 'file20.txt', 'file3.txt'];
console.log([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log([...files].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('A', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('A', undefined, { sensitivity: 'case' }));
console.log('item2'.localeCompare('item10', undefined, {numeric: true}), '2'.localeCompare('10'), 'a'.localeCompare('b', 'de'), 'a'.localeCompare('A', undefined, {caseFirst: 'upper'}));
console.log(['v1.10', 'v1.9', 'v1.2', 'v10.0'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
for (const opt of [null, 5, 'str', {sensitivity:'bogus'}, {caseFirst: 'x'}, {numeric: 'yes'}]) {
  try { console.log('a1'.localeCompare('A01', undefined, opt)); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log('x'.localeCompare('X', 'en', {caseFirst:'upper'}), 'X'.localeCompare('x', 'en', {caseFirst:'upper', sensitivity:'case'}), 'á'.localeCompare('A', undefined, {sensitivity:'case'}));
console.log('a10b2'.localeCompare('a10b10', undefined, {numeric:true}), '1.5'.localeCompare('1.10', undefined, {numeric:true}), '-5'.localeCompare('-10', undefined, {numeric:true}), 'x007'.localeCompare('x7', undefined, {numeric:true}), 'abc'.localeCompare('ab', undefined, {numeric:true}));
for (const [a,b] of [['ø','p'],['ø','o'],['ł','m'],['ł','l'],['đ','e'],['ħ','i'],['ŧ','u'],['ı','j'],['ı','i'], ['Ø','o'], ['þ','z'], ['Łódź','Lodz'], ['Øre','Ore']]) console.log(a,b,a.localeCompare(b));
console.log(['Øystein', 'Olav', 'Per', 'Łukasz', 'Lars', 'Marta', 'Đorđe', 'Dana', 'Ema'].sort((a, b) => a.localeCompare(b)));
