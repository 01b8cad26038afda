class A {
  #x;
  f() { delete this.#x; }
}
