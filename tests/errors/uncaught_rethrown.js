const e = new Error('made here');
function g() {
  throw e;
}
g();
