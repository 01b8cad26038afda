// Promise.all / allSettled / race / any with timers
const delay = (ms, value, fail = false) =>
  new Promise((resolve, reject) =>
    setTimeout(() => (fail ? reject(new Error(value)) : resolve(value)), ms));

Promise.all([delay(300, 'slow'), delay(100, 'fast'), 42, Promise.resolve('now')])
  .then((vals) => console.log('all:', vals));

Promise.all([delay(200, 'ok'), delay(50, 'broken', true)])
  .then((vals) => console.log('all should not resolve', vals))
  .catch((e) => console.log('all rejected with', e.message));

Promise.allSettled([delay(150, 'a'), delay(50, 'b', true), 'plain'])
  .then((results) => {
    for (const r of results) {
      console.log('settled:', r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
    }
  });

Promise.race([delay(250, 'tortoise'), delay(120, 'hare')])
  .then((winner) => console.log('race winner:', winner));

Promise.race([delay(250, 'late'), delay(30, 'early failure', true)])
  .catch((e) => console.log('race lost to:', e.message));

Promise.any([delay(80, 'x', true), delay(160, 'second'), delay(40, 'y', true)])
  .then((v) => console.log('any:', v));

Promise.any([delay(20, 'e1', true), Promise.reject(new Error('e2'))])
  .catch((e) => {
    console.log('any failed:', e.constructor.name, e.message);
    console.log('errors:', e.errors.map((x) => x.message));
  });

Promise.all([]).then((v) => console.log('empty all', v));
Promise.allSettled([]).then((v) => console.log('empty allSettled', v));
Promise.race([]).then(() => console.log('never printed'));
console.log('scheduled everything');
