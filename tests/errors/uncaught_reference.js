function outer() {
  return inner();
}
function inner() {
  const v = missing + 1;
  return v;
}
outer();
