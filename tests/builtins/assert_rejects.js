// assert.rejects / assert.doesNotReject return promises
const assert = require('assert');
const cases = [
  ['1', () => assert.rejects(Promise.reject(new TypeError('no')))],
  ['2', () => assert.rejects(Promise.reject(new TypeError('no')), TypeError)],
  ['3', () => assert.rejects(Promise.reject(new TypeError('no')), RangeError)],
  ['4', () => assert.rejects(Promise.resolve(1))],
  ['5', () => assert.rejects(() => Promise.reject(new Error('inner')), { message: 'inner' })],
  ['6', () => assert.rejects(() => 5)],
  ['7', () => assert.rejects(5)],
  ['8', () => assert.doesNotReject(Promise.resolve(1))],
  ['9', () => assert.doesNotReject(Promise.reject(new Error('oops')))],
  ['10', () => assert.doesNotReject(() => Promise.reject(new Error('late')), 'msg')],
  ['11', () => assert.rejects(Promise.resolve(), 'message here')],
  ['12', () => assert.rejects(() => { throw new Error('sync'); })],
];
let chain = Promise.resolve();
for (const [label, run] of cases) {
  chain = chain.then(() => {
    const p = run();
    console.log(label, p instanceof Promise);
    return p.then(() => console.log(label, 'resolved'),
      (e) => console.log(label, 'rejected:', e.name, e.code, JSON.stringify(e.message)));
  });
}
chain.then(() => console.log('done'));
