// A prototype object that is also a WeakMap key dies with its last
// instance: the inline caches of the code that read and wrote through it
// (o.kind, o.greet() found on the prototype; a.name = ... adding a property
// past it) must not keep it alive.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const wm = new WeakMap();
function make() {
  const proto = { greet() { return 'hi ' + this.name; }, kind: 'proto' };
  wm.set(proto, 'a prototype');
  const a = Object.create(proto);
  a.name = 'a';
  return a;
}
function makeClass() {
  class Point {
    constructor(x) { this.x = x; }
    norm() { return Math.abs(this.x); }
  }
  wm.set(Point.prototype, 'a class prototype');
  return new Point(-2);
}
function use(o) { return o.kind + ' ' + o.greet(); }
function useClass(p) { return p.norm(); }

let inst = make();
let point = makeClass();
for (let i = 0; i < 3; i++) { use(inst); useClass(point); }
console.log(use(inst), useClass(point));
gc();
show('both live:', wm);
inst = null;
gc();
show('instance dead:', wm);
point = null;
gc();
show('all dead:', wm);
