'use strict';
// V8 names an object "#<Ctor>" in these messages only while its toString is
// the inherited Object.prototype.toString; otherwise "[object Tag]"
const tryit = (f) => { try { f(); } catch (e) { console.log(e.message); } };
class P { constructor() { this.a = 1; Object.freeze(this); } toString() { return 'p'; } }
class Q { constructor() { this.a = 1; Object.freeze(this); } }
class R extends Q { toString() { return 'r'; } }
class S extends P {}
class T { constructor() { this.a = 1; Object.freeze(this); } get [Symbol.toStringTag]() { return 'TT'; } }
class U { constructor() { this.a = 1; Object.freeze(this); } }
U.prototype.toString = Object.prototype.toString;
tryit(() => { new P().a = 2; });
tryit(() => { new Q().a = 2; });
tryit(() => { new R().a = 2; });
tryit(() => { new S().a = 2; });
tryit(() => { new T().a = 2; });
tryit(() => { new U().a = 2; });
tryit(() => { delete new P().a; });
tryit(() => { delete new Q().a; });
tryit(() => { const g = { get id() { return 1; }, toString() { return 'G'; } }; g.id = 2; });
tryit(() => { const g = { get id() { return 1; } }; g.id = 2; });
tryit(() => { Object.freeze({ a: 1, toString: () => 'x' }).a = 2; });
tryit(() => { Object.freeze({ a: 1, toString: 5 }).a = 2; });
tryit(() => { Object.freeze(Object.assign(Object.create(null), { a: 1 })).a = 2; });
tryit(() => { Object.freeze({ a: 1, [Symbol.toStringTag]: 'Tag' }).a = 2; });
tryit(() => { Object.freeze([1, 2])[0] = 2; });
tryit(() => Object.setPrototypeOf(Object.preventExtensions(new R()), {}));
tryit(() => Object.setPrototypeOf(Object.preventExtensions(new Q()), {}));
