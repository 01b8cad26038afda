// An immediate queued by a timer runs before any timer that timer queued
// (the loop's check phase comes before its next timers phase); immediates
// queued by an immediate wait for the next turn.
setTimeout(() => {
  setTimeout(() => console.log('timeout 0 from timer'), 0);
  setImmediate(() => console.log('immediate from timer'));
  setImmediate(() => {
    console.log('immediate 2 from timer');
    setTimeout(() => console.log('timeout 30 from immediate'), 30);
    setImmediate(() => {
      console.log('immediate from immediate');
      Promise.resolve().then(() => console.log('microtask from immediate'));
      process.nextTick(() => console.log('tick from immediate'));
    });
  });
  Promise.resolve().then(() => console.log('microtask from timer'));
}, 0);
