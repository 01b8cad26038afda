// Symbol.replace with substitution patterns
console.log('abcabc'.replace(/b/g, "[$&|$`|$'|$$]"));
console.log('abc'.replace(/(a)(b)?(x)?/, '$1-$2-$3-$4-$0-$01-$10-$11-$'));
console.log('abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11$10$1$011$100'));
console.log('john smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('aaa'.replace(/a/, 'b'), 'aaa'.replace(/a/g, 'b'), 'aaa'.replace(/x/g, 'b'));
console.log('abc'.replace(/b/, '$'), 'abc'.replace(/b/, 'x$'), 'abc'.replace(/b/, '$<n>'));
console.log('a.b.c'.replace(/\./g, "$'"), 'a.b.c'.replace(/\./g, '$`'));
console.log(JSON.stringify('aaa'.replace(/(?:)/g, '-')), JSON.stringify('abc'.replace(/x*/g, '-')));
console.log('😀😀'.replace(/(?:)/gu, '-'), '😀'.replace(/(?:)/g, '-').length);
console.log('abcd'.replace(/(b)(c)/g, '$2$1'));
console.log('x'.replaceAll(/x/g, 'y'), 'xXx'.replaceAll(/x/gi, '$&$&'));
console.log(RegExp.prototype[Symbol.replace].call(/b/g, 'abcb', '-'));
console.log('tEsT'.replace(/[a-z]/g, c => c.toUpperCase()), 'snake_case_name'.replace(/_(\w)/g, (_, c) => c.toUpperCase()));
console.log('price: 10, 20'.replace(/\d+/g, n => n * 2));
console.log('aaa'.replace(/a/g, () => undefined), 'aaa'.replace(/a/g, { toString() { return 'o'; } }));
