// The event loop's order: synchronous code, then every microtask (including
// those queued by microtasks), then timers by due time and creation order,
// each followed by its own microtasks; intervals until cleared.  Every
// timer here is due after 1 ms, so the order holds however late the loop
// wakes.
const log = [];
setTimeout(() => {
  log.push('timeout 0 a');
  Promise.resolve().then(() => log.push('micro from timeout a'));
  queueMicrotask(() => log.push('queueMicrotask from timeout a'));
}, 0);
setTimeout(() => log.push('timeout 0 b'), 0);
const t = setTimeout(() => log.push('cleared: never'), 0);
clearTimeout(t);
let n = 0;
const iv = setInterval(() => {
  log.push('interval ' + ++n);
  if (n === 3) {
    clearInterval(iv);
    queueMicrotask(() => console.log(log.join('\n')));
  }
}, 1);
setTimeout((a, b) => log.push('args ' + a + ' ' + b), 1, 'x', 'y');
queueMicrotask(() => {
  log.push('micro 1');
  queueMicrotask(() => log.push('micro 3 (queued by micro 1)'));
});
Promise.resolve().then(() => log.push('micro 2'));
log.push('sync');
