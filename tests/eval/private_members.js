class Counter {
  #count = 0;
  static #instances = 0;
  #secret = 'hidden';
  constructor() { Counter.#instances++; }
  inc() { this.#count++; return this; }
  add(n) { this.#count += n; return this.#count; }
  get value() { return this.#count; }
  #priv(x) { return x * 2 + this.#count; }
  callPriv(x) { return this.#priv(x); }
  get #g() { return 'g' + this.#count; }
  set #g(v) { this.#count = v; }
  useG() { this.#g = 10; return this.#g; }
  static count() { return Counter.#instances; }
  static has(o) { return #count in o; }
  static #sm() { return 'static private'; }
  static callSm() { return Counter.#sm(); }
  opt(o) { return o?.#count; }
  destr() { [this.#count, this.#secret] = [5, 'x']; return this.#count + this.#secret; }
  logic() { this.#count ||= 7; this.#count &&= 8; this.#count ??= 9; return this.#count; }
}
const c = new Counter();
c.inc().inc();
console.log(c.value, c.add(3), c.callPriv(2), c.useG(), Counter.count());
console.log(Counter.has(c), Counter.has({}), Counter.callSm(), c.opt(null), c.opt(c));
console.log(c, Object.keys(c), JSON.stringify(c), Object.getOwnPropertySymbols(c), {...c});
console.log(c.destr(), c.logic());
new Counter();
console.log(Counter.count(), Counter);
try { Counter.prototype.callPriv.call({}, 1); } catch (e) { console.log(e.message); }
try { Counter.prototype.add.call({}, 1); } catch (e) { console.log(e.message); }
try { Counter.prototype.opt.call(c, {}); } catch (e) { console.log(e.message); }
class B { #x = 1; static get(o) { return o.#x; } }
class D extends B { #y = 2; sum() { return B.get(this) + this.#y; } }
console.log(new D().sum(), new D());
const mk = () => class { #v = 1; static read(o) { return o.#v; } };
const K1 = mk(), K2 = mk();
try { K1.read(new K2()); } catch (e) { console.log(e.message); }
console.log(K1.read(new K1()));
class F { #f = () => this.#h; #h = 42; test() { return this.#f(); } static name2 = F.#n(); static #n() { return 'nn'; } }
console.log(new F().test(), F.name2);
const fr = Object.freeze(new Counter()); fr.inc(); console.log(fr.value);
class Meth { #m() {} n() { return this.#m.name; } get #a() { return 1; } an() { return Object.getOwnPropertyNames(this); } }
console.log(new Meth().n(), new Meth().an());
