// queueMicrotask vs setTimeout vs process.nextTick vs promises
console.log('1 script start');

setTimeout(() => console.log('9 timeout 0'), 0);
setTimeout(() => {
  console.log('11 timeout 10');
  process.nextTick(() => console.log('12 nextTick inside timeout'));
  Promise.resolve().then(() => console.log('13 promise inside timeout'));
}, 10);

queueMicrotask(() => console.log('6 microtask 1'));
Promise.resolve().then(() => {
  console.log('7 promise then');
  process.nextTick(() => console.log('8b nextTick from promise'));
  queueMicrotask(() => console.log('8a microtask from promise'));
});

process.nextTick(() => {
  console.log('3 nextTick 1');
  process.nextTick(() => console.log('5 nested nextTick'));
});
process.nextTick(() => console.log('4 nextTick 2'));

setTimeout(() => {
  console.log('10 second timeout 0');
  queueMicrotask(() => console.log('10b microtask after second timeout'));
}, 0);

console.log('2 script end');
