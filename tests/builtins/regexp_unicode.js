// the u flag: code points, surrogates, \u{...}, \p{...}
console.log(/^.$/u.test('😀'), /^.$/.test('😀'), /^..$/.test('😀'));
console.log(/😀+/u.exec('😀😀x')[0].length, /😀+/.exec('😀😀x')[0].length);
console.log(/\u{1F600}/u.test('😀'), /\u{1F600}/.test('u'.repeat(61)), /\u{2}/.test('uu'));
console.log(/\ud83d\ude00/u.test('😀'), /\ud83d/.test('😀'), /\ud83d/u.test('😀'), /\ude00/u.test('😀'));
console.log(/[😀]/u.test('x😀'), /[😀]/.test('\ude00'), /[^a]/u.exec('😀')[0].length);
console.log(/\p{L}+/u.exec('abc1')[0], 'aBcD'.match(/\p{Lu}/gu), 'a1b'.match(/\P{L}/gu));
console.log(/\p{Script=Greek}+/u.exec('xαβγ')[0], /[\p{N}x]+/u.exec('x12a')[0], /\p{ASCII}+/u.exec('abé')[0]);
console.log(/\p{General_Category=Decimal_Number}/u.test('5'), /\p{Lowercase_Letter}/u.test('a'), /\p{Emoji_Presentation}/u.test('😀'));
console.log(/\p{sc=Han}/u.test('漢'), /\p{scx=Hira}/u.test('ひ'), /\p{White_Space}/u.test('\u3000'));
console.log('😀a😀'.split(/(?:)/u), '😀a😀'.split(/(?:)/).length);
console.log('a😀b'.replace(/./gu, '[$&]'), '\ud800x'.replace(/x/u, 'y'));
console.log(/^[\u{1F600}-\u{1F64F}]$/u.test('😃'), /\p{Lu}/iu.test('a'));
console.log(/\w/u.test('é'), /\d/u.test('٣'), /\s/u.test('\u2003'));
