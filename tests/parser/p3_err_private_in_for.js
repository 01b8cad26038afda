// `in` is not an operator in a for loop's initialiser
class C {
  #f;
  m(o) { for (#f in o;;) break; }
}
