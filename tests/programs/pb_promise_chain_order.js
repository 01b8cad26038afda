// Promise chains: then/catch/finally ordering across several chains
const log = [];
function step(name, value) {
  log.push(name);
  console.log(`${name}: ${JSON.stringify(value)}`);
  return value;
}

const a = Promise.resolve(1)
  .then((v) => step('a1', v + 1))
  .then((v) => step('a2', v * 10))
  .finally(() => step('a-finally', 'no args'))
  .then((v) => step('a3', v));

const b = Promise.reject(new Error('boom'))
  .then(() => step('b-never', null))
  .catch((e) => step('b-catch', e.message))
  .then((v) => step('b-after', v.toUpperCase()));

const c = new Promise((resolve) => {
  console.log('executor runs synchronously');
  resolve('c');
})
  .then((v) => {
    throw new TypeError(`bad ${v}`);
  })
  .finally(() => console.log('c-finally sees nothing'))
  .catch((e) => step('c-catch', `${e.name}: ${e.message}`));

console.log('sync end');

Promise.all([a, b, c]).then((results) => {
  console.log('all done', results);
  console.log('order', log.join(' > '));
});
