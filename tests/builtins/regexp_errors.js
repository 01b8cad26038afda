// syntax errors use V8's messages
const cases = [['('], ['(', 'g'], [')'], ['*'], ['a**'], ['+a'], ['['], ['[b-a]'], ['a{2,1}'], ['x{1}{2}'],
  ['\\'], ['(?<1a>x)'], ['(?<a>x)(?<a>y)'], ['\\k<b>(?<a>x)'], ['(?i)a'], ['(?'], ['^*'], ['a|*'], ['(?<=a)+'],
  ['{', 'u'], ['}', 'u'], [']', 'u'], ['\\2', 'u'], ['\\00', 'u'], ['\\c', 'u'], ['\\x1', 'u'], ['\\u{110000}', 'u'],
  ['\\a', 'u'], ['\\k', 'u'], ['[\\d-a]', 'u'], ['\\p{Foo}', 'u'], ['\\p', 'u'], ['[\\1]', 'u'], ['(?=a)*', 'u'],
  ['a', 'gg'], ['a', 'x'], ['a', 'uv'], ['a', 'G']];
for (const [p, f] of cases) {
  try { new RegExp(p, f); console.log('ok', p); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { /a/.compile(/b/, 'g'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { RegExp.prototype.exec.call({}, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { RegExp.prototype.toString.call(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { RegExp.prototype[Symbol.split].call(5, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
