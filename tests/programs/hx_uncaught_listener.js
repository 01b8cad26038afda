// an 'uncaughtException' listener takes errors from the script, timers and
// rejections; the loop goes on and the exit status stays 0
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err instanceof Error ? err.message : err, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer runs');
  Promise.resolve().then(() => console.log('its microtask too'));
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('second timer'), 5);
Promise.reject(new Error('rejected'));
Promise.reject(42);
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('next microtask'));
throw new Error('from script');
