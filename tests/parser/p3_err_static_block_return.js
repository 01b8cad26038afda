class C {
  static {
    return;
  }
}
