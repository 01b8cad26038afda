// A rejection handled within the same tick is fine; a catch added in a timer is too late
const early = Promise.reject(new Error('handled in time'));
Promise.resolve().then(() => {
  early.catch((e) => console.log('caught:', e.message));
});

const chain = Promise.reject(new Error('first'))
  .catch((e) => {
    console.log('recovered from', e.message);
    return 'fallback';
  })
  .then((v) => console.log('continuing with', v));

setTimeout(() => console.log('timer after all microtasks'), 0);
