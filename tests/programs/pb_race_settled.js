// Promise.race/any/all with values that are already settled: order is by position
const resolved = Promise.resolve('resolved first');
const rejected = Promise.reject(new Error('rejected second'));
rejected.catch(() => {});

Promise.race([resolved, rejected]).then((v) => console.log('race:', v));
Promise.race([rejected, resolved]).catch((e) => console.log('race:', e.message));
Promise.race(['plain', resolved]).then((v) => console.log('race plain value:', v));
Promise.any([rejected, 'fallback value']).then((v) => console.log('any:', v));
Promise.allSettled([rejected, resolved, 3]).then((r) => console.log('allSettled:', JSON.stringify(r)));
Promise.all([resolved, new Promise((r) => setTimeout(r, 10, 'timer value'))]).then((v) => console.log('all:', v));

const steps = [];
const a = Promise.resolve().then(() => steps.push('a'));
const b = Promise.all([1]).then(() => steps.push('all-of-one'));
const c = Promise.race([1]).then(() => steps.push('race-of-one'));
const d = Promise.resolve().then(() => {}).then(() => steps.push('two hops'));
const e = Promise.resolve().then(() => {}).then(() => {}).then(() => steps.push('three hops'));
Promise.all([a, b, c, d, e]).then(() => console.log('steps:', steps.join(', ')));

const iterable = new Set([Promise.resolve(1), 2, Promise.resolve(3)]);
Promise.all(iterable).then((v) => console.log('from a Set:', v));
Promise.all('abc').then((v) => console.log('from a string:', v));
Promise.all(new Map([['k', 'v']])).then((v) => console.log('from a Map:', v));
