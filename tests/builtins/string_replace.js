// replace / replaceAll with string patterns and replacers
const s = 'one two one two';
console.log(s.replace('one', '1'), '|', s.replaceAll('one', '1'));
console.log(s.replace('two', '[$&]'), '|', s.replace('two', "[$`]"), '|', s.replace('two', "[$']"));
console.log(s.replace('one', '$$'), '|', s.replace('one', '$1$'), '|', s.replaceAll('two', '<$&>'));
console.log(s.replace('zzz', 'x'), '|', s.replace('', '^'), '|', 'ab'.replaceAll('', '-'));
console.log(s.replace('two', (m, pos, str) => `${m.toUpperCase()}@${pos}/${str.length}`));
console.log(s.replaceAll('o', (m, pos) => pos));
console.log('aaaa'.replaceAll('aa', 'b'), 'x.y.z'.replaceAll('.', '/'), 'abc'.replace('b', () => undefined));
const calls = [];
'a-b-c'.replaceAll('-', (...args) => { calls.push(args.length); return '+'; });
console.log(calls);
console.log('price: 10'.replace('10', '$$$&'));
