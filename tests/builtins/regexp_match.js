// String.prototype.match
console.log('a1b22c333'.match(/\d+/g), 'abc'.match(/b/), 'abc'.match(/z/g), 'abc'.match(/z/));
console.log('abc'.match(), 'x.y'.match('.'));
try { 'a+b'.match('+b'); } catch (e) { console.log(e.name, e.message); }
console.log('abc'.match(/(?:)/g), 'ABC'.match(/b/i).index);
console.log('aaa'.match({ [Symbol.match](s) { return 'custom ' + s; } }));
console.log('12 34'.match(/\d/g).length, 'x'.match(null), 'undefined'.match(undefined));
try { String.prototype.match.call(null, /a/); } catch (e) { console.log(e.name, e.message); }
console.log(/b/[Symbol.match]('abc')[0], RegExp.prototype[Symbol.match].name);
