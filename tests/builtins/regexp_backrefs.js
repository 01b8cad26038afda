// back-references: numbered, named, forward, unset
console.log(/(a)\1/.test('aa'), /\1(a)/.exec('a')[0], /(a)?\1b/.exec('b')[0], /(a)|\1b/.exec('b')[0]);
console.log(/(\w)(\w)\2\1/.exec('xabba')[0], /(a\1)/.exec('aa')[0], /(?<q>['"]).*?\k<q>/.exec(`say "hi 'x'" ok`)[0]);
console.log(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10/.test('abcdefghijj'));
console.log('aabbcc'.replace(/(\w)\1/g, '$1'), /^(?:(a)|b)\1$/.test('b'));
console.log(/(A)\1/i.test('Aa'), /(?<x>.)\k<x>/u.test('😀😀'));
