// this in plain calls, methods, arrows, strict mode, call/apply/bind
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy(), strict());
const o = {
  name: 'o',
  m() { return this.name; },
  arrow() { return [1].map(() => this.name); },
  nested() { function inner() { return this === globalThis; } return inner(); },
};
console.log(o.m(), o.arrow(), o.nested());
const m = o.m;
try { console.log(m()); } catch (e) { console.log('err', e.message); }
console.log(o.m.call({ name: 'called' }), o.m.apply({ name: 'applied' }), o.m.bind({ name: 'bound' })());
function Ctor() { this.v = 1; }
console.log(new Ctor().v);
const bound = function () { return this.x; }.bind({ x: 42 });
console.log(bound());
console.log(typeof this, JSON.stringify(this));
function prim() { 'use strict'; return typeof this; }
function primS() { return typeof this; }
console.log(prim.call(5), primS.call(5));
