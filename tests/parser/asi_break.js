outer: for (;;) {
  for (;;) {
    break
    outer
  }
  continue
}
