class A {
  #x = 1;
  f() { return this.#y; }
}
