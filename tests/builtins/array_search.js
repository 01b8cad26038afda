const a = [1, 2, NaN, 2, -0, undefined];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0));
console.log(a.indexOf(2, 2), a.indexOf(2, -3), a.lastIndexOf(2, 2), a.lastIndexOf(2, -4), a.indexOf(1, 100));
console.log([, 1].indexOf(undefined), [, 1].includes(undefined), a.includes(undefined));
console.log(a.includes(2, -1), a.includes(1, -100), [].lastIndexOf(1), [1].lastIndexOf(1, -2));
console.log(['a', 'b'].indexOf('b'), [{}].indexOf({}), 'x'.length);
console.log(a.at(0), a.at(-1), a.at(100), a.at(-100), a.at(1.7), a.at('1'));
console.log(Array.prototype.indexOf.call({ length: 3, 0: 'x', 2: 'y' }, 'y'));
console.log(Array.prototype.includes.call('abc', 'b'));
