// ^ $ with and without m, \b \B, line terminators
console.log(/^b/.test('a\nb'), /^b/m.test('a\nb'), /a$/.test('a\n'), /a$/m.test('a\nb'));
console.log(JSON.stringify('a\n\nb'.match(/^$/gm)), 'ab'.match(/$/g).length, 'a\nb\nc'.match(/^\w/gm));
console.log(/^b/m.test('a\r\nb'), /a$/m.test('a\r\nb'), /^b/m.test('a\u2028b'), /^b/m.test('a\u2029b'), /^b/m.test('a\u0085b'));
console.log(/^b/m.test('a\u000bb'), /a$/m.test('a\u000cb'));
console.log(/\bfoo\b/.test('a foo b'), /\bfoo\b/.test('afoo'), 'foo'.match(/\Bo/g), 'a b'.replace(/\b/g, '|'));
console.log('été'.replace(/\b/g, '|'), 'été'.replace(/\b/gi, '|'), 'xſx'.replace(/\b/gi, '|'));
console.log('line1\nline2'.replace(/^/gm, '> '), 'a\nb'.replace(/$/gm, ';'));
