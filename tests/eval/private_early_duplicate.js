class A {
  #x;
  get #x() { return 1; }
}
