// process events: beforeExit may schedule more work, exit gets the code
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer from beforeExit', rounds), 1);
  else Promise.resolve().then(() => console.log('microtask from last beforeExit'));
});
const once = () => console.log('once listener');
process.once('custom', once);
console.log(process.emit('custom', 1), process.emit('custom', 2), process.listenerCount('custom'));
const f = (a, b) => console.log('custom', a, b);
process.addListener('custom', f);
process.prependListener('custom', () => console.log('first'));
console.log(process.emit('custom', 'x', 'y'), process.listenerCount('custom'));
process.off('custom', f);
console.log(process.listenerCount('custom'), process.listeners('custom').length);
process.removeAllListeners('custom');
console.log(process.emit('custom'));
process.on('exit', function (code) {
  console.log('exit', code, this === process, process.exitCode);
  setTimeout(() => console.log('never'), 0);
  process.exitCode = 0; // the listener has the last word: the status is 0
});
process.on('exit', (code) => console.log('second exit listener', code));
process.exitCode = 2;
console.log('main done');
