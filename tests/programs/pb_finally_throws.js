// A throw inside finally replaces the original outcome, and unhandled it ends the process
function cleanup() {
  throw new Error('cleanup failed');
}
Promise.resolve('payload')
  .then((v) => {
    console.log('processing', v);
    return v.length;
  })
  .finally(() => {
    console.log('running cleanup');
    cleanup();
  })
  .then((n) => console.log('length', n));
console.log('scheduled');
