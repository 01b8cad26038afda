function f() {
  throw new Error('boom');
}
console.log('before');
f();
