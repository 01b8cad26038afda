// character classes and class escapes
console.log('héllo wörld_1'.match(/\w+/g), 'a1b2'.match(/\d/g), 'a\u00a0b\ufeffc\u2003d\u3000e'.split(/\s/));
console.log('a\u00a0b'.match(/\S+/g), 'a 1\u3000 2b'.match(/[\s\d]+/g), 'ab cd'.match(/[^\s]+/g), ' x '.match(/[\S]/g));
console.log(/[]/.test('abc'), /[^]/.test('\n'), 'a\nb'.match(/[^]/g).length);
console.log('a-'.match(/[a-]/g), '-a'.match(/[-a]/g), '1-z'.match(/[\d-z]/g), 'a-'.match(/[\w-]/g));
console.log(/[\b]/.test('\b'), /[.]/.test('x'), /[*+?]/.test('+'), /[\]]/.test(']'), /[\\]/.test('\\'));
console.log(/[^\d\s]/.exec('1 a')[0], /[\D]/.exec('1a')[0], /[\W]/.exec('a-')[0]);
console.log(/[a-c-e]/.test('-'), /[\x41-\x43]+/.exec('ABCD')[0], /[\u0041-\u0043]+/.exec('ABCD')[0]);
console.log(/./.test('\n'), /./.test('\r'), /./.test('\u2028'), /./s.test('\n'), /./.test('\u0085'));
console.log(/\W/.test('é'), /\w/.test('ſ'), /\d/.test('٣'), /\s/.test('\u180e'), /\s/.test('\u0085'));
