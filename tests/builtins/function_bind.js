function add(a, b, c) { return [this && this.base, a, b, c]; }
const b1 = add.bind({ base: 10 }, 1);
console.log(b1(2, 3), b1.name, b1.length);
const b2 = b1.bind({ base: 99 }, 2);
console.log(b2(3), b2.name, b2.length);
console.log(add.bind(null, 1, 2, 3, 4).length, add.bind().length);
function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind(null, 7);
const p = new P1(8);
console.log(p.x, p.y, p instanceof Point, p instanceof P1);
console.log('prototype' in P1, typeof P1);
const arrow = (() => 'arrow').bind({});
console.log(arrow());
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
const d = Object.getOwnPropertyDescriptor(b1, 'name');
console.log(d.writable, d.enumerable, d.configurable);
const anon = function () {};
Object.defineProperty(anon, 'name', { value: 42 });
console.log(JSON.stringify(anon.bind().name));
const inf = function () {};
Object.defineProperty(inf, 'length', { value: Infinity });
console.log(inf.bind(null, 1).length);
Object.defineProperty(inf, 'length', { value: -5 });
console.log(inf.bind().length);
Object.defineProperty(inf, 'length', { value: 'x' });
console.log(inf.bind().length);
class K { constructor(v) { this.v = v; } }
const BK = K.bind(null, 'bound');
console.log(new BK().v, new BK() instanceof K);
