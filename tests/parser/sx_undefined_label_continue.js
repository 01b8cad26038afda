outer: for (;;) {
  while (true) { continue foo; }
}
