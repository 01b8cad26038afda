// regex literals: a new object per evaluation, same compiled pattern
const make = () => /ab+/g;
const x = make(), y = make();
console.log(x === y, x.source === y.source, x.lastIndex, y.lastIndex);
x.exec('abb'); console.log(x.lastIndex, y.lastIndex);
console.log(/[/]/.source, /\//.source, /a/gimsuyd.flags, /(?:)/.source);
const words = [];
for (let i = 0; i < 3; i++) words.push('a-b-c'.split(/-/)[i]);
console.log(words, /\u{61}/u.test('a'), /😀{2}/u.test('😀😀'));
