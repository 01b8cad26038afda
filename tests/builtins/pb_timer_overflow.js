// A delay past 2^31-1 ms warns on stderr and fires after 1 ms instead
setTimeout(() => console.log('fired soon'), 3000000000);
setTimeout(() => {
  console.log('after the 50 ms timer');
  throw new Error('end of test');
}, 50);
