// cycles give V8's TypeError with the path that closes the circle
function show(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
const a = {}; a.self = a; show(() => JSON.stringify(a));
const b = { x: { y: [] } }; b.x.y.push(b); show(() => JSON.stringify(b));
const c = []; c.push(c); show(() => JSON.stringify(c));
const d = { p: {} }; d.p.q = d.p; show(() => JSON.stringify(d));
class Foo { constructor() { this.me = this; } } show(() => JSON.stringify(new Foo()));
const e = { l1: { l2: { l3: { l4: { l5: {} } } } } }; e.l1.l2.l3.l4.l5.back = e; show(() => JSON.stringify(e));
const n = Object.create(null); n.n = n; show(() => JSON.stringify(n));
const shared = { s: 1 }; console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
