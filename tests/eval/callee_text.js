// How "x is not a function" names the callee (V8's call printer).
const obj = { a: { b: 1 } }, arr = [[1]];
let a = 0, b = 1, k = 'x';
function show(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
show(() => obj['lit']());
show(() => obj['a b']());
show(() => obj[0]());
show(() => obj[`t`]());
show(() => obj[k + 'y']());
show(() => obj[a + b + 1]());
show(() => obj['a' + 'b']());
show(() => arr[0][0]());
show(() => obj?.a.b());
show(() => obj.a?.b());
show(() => obj?.['a']?.b());
show(() => obj.a?.[k]());
show(() => (0, obj.a.b)());
show(() => (a, b, k)());
show(() => (a || b)());
show(() => (a ?? b)());
show(() => (a ? b : a)());
show(() => obj[-a]());
show(() => obj[!a]());
show(() => obj[a++]());
show(() => obj[-1]());
show(() => obj[true]());
show(() => obj[null]());
show(() => obj[this]());
show(() => obj[[1, 2]]());
show(() => obj[/re/g]());
show(() => (void 0)());
show(() => (typeof obj)());
show(() => 'str'());
show(() => [1, , 2]());
show(() => [...[1]]());
show(() => new obj['a']());
show(() => new (obj.a.b)());
show(() => { class A { m() { return super.nothing(); } } new A().m(); });
show(() => (class {})());
show(() => { class Named {} Named(); });
