// String.prototype.matchAll and the RegExp String Iterator
const it = 'a1b22'.matchAll(/\d+/g);
console.log(it, Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
console.log([...it].map(m => m[0] + '@' + m.index), it.next());
console.log([...'aXbX'.matchAll('X')].length, [...'a.b'.matchAll('.')].length);
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.name, e.message); }
const r = /a/g; r.lastIndex = 1;
console.log([...'aaa'.matchAll(r)].map(m => m.index), r.lastIndex);
console.log([...'abc'.matchAll(/(?:)/g)].map(m => m.index));
console.log([...'😀😀'.matchAll(/(?:)/gu)].map(m => m.index));
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag]);
try { proto.next.call({}); } catch (e) { console.log(e.name, e.message); }
for (const m of 'k=v;x=y'.matchAll(/(\w)=(\w)/g)) console.log(m[1], m[2], m.index);
