// an 'unhandledRejection' listener gets (reason, promise) instead of the report
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  seen.push(promise);
});
const p = Promise.reject(new Error('one'));
Promise.reject('two');
new Promise((_, reject) => setTimeout(() => reject(3), 1));
const late = Promise.reject(4);
setTimeout(() => late.catch(() => console.log('handled late')), 5);
process.on('exit', (code) => console.log('exit', code, seen[0] === p));
