// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
class C { constructor() { throw new Error('in C'); } }
show(() => new C());
show(() => new (class { constructor() { throw new Error('anonymous class'); } })());
class Base { constructor() { this.check(); } check() { throw new Error('in Base'); } }
class Derived extends Base { constructor() { super(); } }
show(() => new Derived());
function Old() { throw new Error('function constructor'); }
show(() => new Old());
show(() => Reflect.construct(Old, []));
show(() => new Set(5));
show(() => new Map([1]));
show(() => new Promise(1));
show(() => new RegExp('['));
show(() => new Array(-1));
show(() => Array(-1));
class MyMap extends Map { constructor() { super([1]); } }
show(() => new MyMap());
