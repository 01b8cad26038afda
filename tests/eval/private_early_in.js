class A {
  #x;
  f(o) { return 1 + #x in o; }
}
