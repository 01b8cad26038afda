// Runtime errors of private members, with node's messages.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
}
class A {
  #x = 1;
  #m() { return 'm'; }
  get #g() { return 'g'; }
  set #s(v) {}
  static #sx = 2;
  static #sm() {}
  static readX(o) { return o.#x; }
  static writeX(o) { o.#x = 5; }
  static readM(o) { return o.#m; }
  static writeM(o) { o.#m = 1; }
  static writeG(o) { o.#g = 1; }
  static readS(o) { return o.#s; }
  static readSX(o) { return o.#sx; }
  static readSM(o) { return o.#sm; }
  static has(o) { return #x in o; }
  static incX(o) { return o.#x++; }
  static callM(o) { return o.#m(); }
}
const a = new A();
attempt('read {}', () => A.readX({}));
attempt('read 5', () => A.readX(5));
attempt('read undefined', () => A.readX(undefined));
attempt('write {}', () => A.writeX({}));
attempt('write null', () => A.writeX(null));
attempt('method {}', () => A.readM({}));
attempt('method write', () => A.writeM(a));
attempt('getter write', () => A.writeG(a));
attempt('setter read', () => A.readS(a));
attempt('static field', () => A.readSX(a));
attempt('static method', () => A.readSM(a));
attempt('in 1', () => A.has(1));
attempt('in "s"', () => A.has('s'));
attempt('in {}', () => A.has({}));
attempt('++ {}', () => A.incX({}));
attempt('call {}', () => A.callM({}));
attempt('call a', () => A.callM(a));
attempt('++ a', () => [A.incX(a), A.readX(a)]);
class Base { constructor(o) { return o; } }
class Stamp extends Base { #tag = 'stamped'; static tag(o) { return o.#tag; } }
class Brand extends Base { #b() {} static ok(o) { return #b in o; } }
const o = {};
new Stamp(o);
attempt('stamp', () => Stamp.tag(o));
attempt('stamp twice', () => new Stamp(o));
new Brand(o);
attempt('brand', () => Brand.ok(o));
attempt('brand twice', () => new Brand(o));
console.log(o, Object.getOwnPropertySymbols(o));
