// user exec, subclasses and Symbol.species
const c = /x/; c.exec = function () { return { 0: 'zz', length: 1, index: 1 }; };
console.log(c.test('a'), 'abc'.replace(c, '_'));
const c2 = /x/g; let n = 0; c2.exec = function () { return n++ < 2 ? { 0: 'b', length: 1, index: n } : null; };
console.log('abcd'.replace(c2, '_'), (n = 0, 'abcd'.match(c2)));
const bad = /x/; bad.exec = () => 5;
try { bad.test('x'); } catch (e) { console.log(e.name, e.message); }
class MyRE extends RegExp {
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
const my = new MyRE('b', 'g');
console.log(my instanceof MyRE, my instanceof RegExp, my.flags, 'abcb'.replace(my, '[$&]'), 'a-b'.split(new MyRE('-')));
console.log([...'abab'.matchAll(new MyRE('a', 'g'))].map(m => m[0]));
class NoSpecies extends RegExp { static get [Symbol.species]() { return RegExp; } }
const parts = 'a1b'.split(new NoSpecies('\\d'));
console.log(parts);
const fake = { exec() { return null; }, flags: '' };
console.log(RegExp.prototype.test.call(fake, 'x'), RegExp.prototype[Symbol.search].call({ exec() { return { index: 7 }; }, lastIndex: 0 }, 'q'));
