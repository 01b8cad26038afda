// circular references: <ref *N> and [Circular *N]
const o = { name: 'x' }; o.self = o; o.arr = [o, { o }]; console.log(o);
const a = [1]; a.push(a); console.log(a);
const p = { q: {} }; p.q.p = p; p.q.q = p.q; console.log(p);
const x = {}; const y = { x }; x.y = y; console.log([x, y]);
