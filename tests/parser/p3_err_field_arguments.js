// class field initialisers have no arguments object, arrows in them neither
class C {
  x = () => arguments;
}
