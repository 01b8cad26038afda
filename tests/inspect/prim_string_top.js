console.log('top level strings are raw: it\'s "x"');
console.log('a', 'b', 1, 'c');
console.log('');
console.log();
console.log('multi\nline');
