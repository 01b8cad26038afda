function inner(o) {
  return o.missing.deeper;
}
function outer() {
  return inner({});
}
console.log('before');
outer();
console.log('never');
