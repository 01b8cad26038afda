// indexOf, lastIndexOf, includes, startsWith, endsWith
const s = 'the quick brown fox jumps over the lazy dog';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('cat'), s.indexOf(''), s.indexOf('', 100));
console.log(s.lastIndexOf('the'), s.lastIndexOf('the', 30), s.lastIndexOf('o'), s.lastIndexOf('o', -5), s.lastIndexOf(''));
console.log(s.includes('fox'), s.includes('fox', 20), s.includes(''), 'abc'.includes('c', -10));
console.log(s.startsWith('the'), s.startsWith('quick', 4), s.startsWith('the', 1), s.startsWith(''));
console.log(s.endsWith('dog'), s.endsWith('lazy', 39), s.endsWith('the', 3), s.endsWith('x'));
console.log('aaa'.lastIndexOf('a', 0), 'aaa'.lastIndexOf('aa'), 'abc'.indexOf('c', -5), 'undefined'.indexOf());
console.log('a,b'.includes(','), '12345'.indexOf(3), 'null'.startsWith(null));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('B'), 'a'.localeCompare('A'));
console.log(['b', 'C', 'a', 'B', 'c', 'A'].sort((x, y) => x.localeCompare(y)).join(''));
