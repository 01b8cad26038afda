// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
class C {
  static make() { throw new Error('static'); }
  get g() { throw new Error('getter'); }
  set v(x) { throw new Error('setter'); }
  m() { throw new Error('method'); }
}
show(() => C.make());
// only the accessor's own frame: the access position is the evaluator's business
const top = (fn) => { try { fn(); } catch (e) { console.log(frames(e).split('\n').slice(0, 2).join('\n')); } };
top(() => new C().g);
top(() => { new C().v = 1; });
show(() => new C().m());
const c = new C();
c.alias = c.m;
show(() => c.alias());
const o = { f() { throw new Error('literal'); }, ['comp' + 1]() { throw new Error('computed'); } };
o.h = o.f;
show(() => o.f());
show(() => o.h());
show(() => o.comp1());
function named() { throw new Error('plain'); }
const p = { x: named, nested: { deep() { throw new Error('nested'); } } };
show(() => p.x());
show(() => p.nested.deep());
const arrowHolder = { run: () => { throw new Error('arrow property'); } };
show(() => arrowHolder.run());
