for (;;) {
  break nowhere;
}
