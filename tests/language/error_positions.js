// Where V8 puts a frame's line:column: getter reads at the property name
// (at the '.' inside an optional chain), stores and setters at the
// operator, calls at the callee's name or else the '(', a failed first
// read of a statement at the statement, operators at the operator.
function show(f) {
  try { f(); } catch (e) {
    const at = e.stack.split('\n').slice(1, 3).map((l) => l.replace(/\(?[^ (]*[\/\\]/, '').replace(/\)$/, '').trim());
    console.log(`${e.name}: ${e.message} | ${at.join(' | ')}`);
  }
}
class C { get g() { throw new Error('g'); } set s(v) { throw new Error('s'); } }
show(() => new C().g);
show(() => { const c = new C(); c.s = 1; });
show(() => { const c = new C(); c.s += 1; });
show(() => { const c = new C(); c.s++; });
show(() => { const c = new C(); c['s'] = 1; });
show(() => { const c = new C(); c.s = c.s = 1; });
const arr = [function af() { throw new Error('arr'); }];
show(() => arr[0]());
function f() { throw new Error('f'); }
show(() => (f)());
function named() { throw new Error('named'); }
show(() => named.bind({})());
show(() => { f`x`; });
show(() => { const o = { m: f }; o.m(); });
show(() => { const o = { m: f }; o
  .m(); });
show(() => { const o = { m: f }; o['m'](); });
show(() => { const o = {}; o['k' + 1](); });
show(() => { let x = 1; x(); });
show(function () { return missing + 1; });
show(function () { return 1 + missing; });
show(function () { return missing; });
show(function () { let x = missing; });
show(function () { x = missing; });
show(function () { if (missing) {} });
show(function () { switch (missing) {} });
show(function () { while (missing) {} });
show(function () { return missing.x; });
show(function () { return missing(); });
show(function () { return -missing; });
show(function () { return `${missing}`; });
show(function () { return `a${missing}`; });
show(function () { return [...missing]; });
show(function () { return [missing]; });
show(function () { throw missing; });
show(function () { return 1, missing; });
show(function () { notfn = 1; return notfn(); });
show(function () { let t = typeof tdz; let tdz; });
show(function () { tdz = 3; let tdz; });
show(() => { const k = 1; k = 2; });
show(() => { const k = 1; k += 1; });
show(() => { 'use strict'; undeclared = 1; });
show(() => { const z = {}; z.q.w = 1; });
show(() => { const z = {}; z.q['w'] = 1; });
show(() => { 'use strict'; const o = Object.freeze({}); o.x = 1; });
show(() => { const o = {}; o.a.b; });
show(() => { const o = {}; o?.a.b; });
show(() => { const o = { a: {} }; o?.a.b.c; });
show(() => { Symbol() + ''; });
show(() => { 1 in 2; });
show(() => { ({}) instanceof 3; });
show(() => { const { a } = null; });
const o = { a: { m: f, get g() { throw new Error('g'); } } };
show(() => { o?.a.m(); });
show(() => { o?.a.g; });
show(() => { o.a?.g; });
show(() => { o.a?.['m'](); });
show(() => { o.a['g']; });
show(() => { const { g } = o.a; });
class P { #m() { throw new Error('p'); } get #g() { throw new Error('pg'); } run() { this.#m(); } rg() { return this.#g; } }
show(() => new P().rg());
