const t = { a: 1 };
const r = Object.assign(t, { b: 2 }, null, undefined, { a: 3, c: 4 });
console.log(r === t, t);
console.log(Object.assign({}, 'ab', [9]));
const s = Symbol('k');
const src = { [s]: 'sym', visible: 1 };
Object.defineProperty(src, 'invisible', { value: 2, enumerable: false });
const out = Object.assign({}, src);
console.log(out[s], out.visible, 'invisible' in out);
const log = [];
const target = { set x(v) { log.push('set ' + v); } };
Object.assign(target, { x: 1 }, { x: 2 });
console.log(log);
const w = Object.assign(5, { a: 1 });
console.log(typeof w, w.a);
try { Object.assign(null, {}); } catch (e) { console.log(e.name, e.message); }
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name, e.message); }
