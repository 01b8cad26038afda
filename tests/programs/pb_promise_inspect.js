// What console.log shows for promises in each state
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ user: 'ann', roles: ['a', 'b'] });
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const rejectedValue = Promise.reject(42);
rejectedValue.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(rejectedValue);
console.log([Promise.resolve(1), Promise.resolve('two')]);
console.log({ p: Promise.resolve(undefined) });
console.log(String(pending), Object.prototype.toString.call(fulfilled), typeof pending);
const chained = fulfilled.then((v) => v.user);
console.log('chained right away:', chained);
setTimeout(() => {
  console.log('chained later:', chained);
  console.log(Promise.resolve(Promise.resolve(5)));
  const nested = Promise.resolve(Promise.resolve(Promise.resolve('deep')));
  nested.then((v) => console.log('nested unwraps to', v));
}, 0);
class Task extends Promise {}
const task = new Task((r) => r('done'));
console.log(task, task instanceof Promise, task.then(() => {}) instanceof Task);
