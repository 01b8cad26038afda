// A private name spelled with escapes is the same name as its plain
// spelling, in declarations, member accesses and `#x in o` alike.
class C {
  #\u{6F} = 1;
  #p = 2;
  static #\u0071() { return 'q'; }
  get o() { return this.#o; }
  set o(v) { this.#\u006F = v; }
  p() { return this.#\u{70}; }
  static has(x) { return #\u{6f} in x; }
  static q() { return C.#q(); }
}
const c = new C();
console.log(c.o, c.p(), C.has(c), C.has({}), C.q());
c.o = 5;
console.log(c.o);

// Other_ID_Start (U+2118) and ZWNJ/ZWJ in identifier continue positions
class D {
  #℘ = 'wp';
  #a‌b = 'zwnj';
  #a‍b = 'zwj';
  all() { return [this.#℘, this.#a‌b, this.#a‍b, this.#\u2118].join(' '); }
}
console.log(new D().all());
