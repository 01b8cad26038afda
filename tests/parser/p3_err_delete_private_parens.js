// parentheses do not make a private field deletable
class C {
  #x;
  f() { return delete (this.#x); }
}
