// split with string separators and limits
console.log('a,b,,c'.split(','), 'a,b,c'.split(',', 2), 'abc'.split(''), 'abc'.split());
console.log(''.split(','), ''.split(''), 'a--b--c'.split('--'), 'abc'.split('abc'), 'abc'.split('x'));
console.log('a b c'.split(' ', 0), 'a b c'.split(' ', -1), 'a1b1c'.split(1), 'anullb'.split(null));
console.log('one, two, three'.split(', ').map(s => s.toUpperCase()));
console.log('\u{1F600}x'.split(''), ['x'].concat('a:b'.split(':')).length);
