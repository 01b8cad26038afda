// lookahead and lookbehind
console.log(/(?=a)a/.test('a'), /(?!a)\w/.exec('ab')[0], /\w+(?=!)/.exec('hi! there')[0], /\d+(?!px)/.exec('12px 34em')[0]);
console.log(/(?<=\$)\d+/.exec('cost $42')[0], /(?<!\$)\b\d+/.exec('$42 17')[0], 'a1b2'.replace(/(?<=[a-z])\d/g, '#'));
console.log(/(?<=(a))b/.exec('ab'), /(?=(a))/.exec('a').length);
console.log('1234567'.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
console.log(/(?<=^|,)x/.test('a,x'), /(?<!^)x/.test('x'));
