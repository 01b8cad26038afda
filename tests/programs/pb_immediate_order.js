// setImmediate vs setTimeout inside a timer callback, and microtasks between them
setTimeout(() => {
  console.log('timer A');
  setTimeout(() => console.log('timeout from A'), 0);
  setImmediate(() => {
    console.log('immediate from A');
    process.nextTick(() => console.log('nextTick inside immediate'));
    Promise.resolve().then(() => console.log('promise inside immediate'));
    setImmediate(() => console.log('nested immediate runs next turn'));
  });
  setImmediate(() => console.log('second immediate from A'));
  const handle = setImmediate(() => console.log('cancelled immediate'));
  clearImmediate(handle);
  Promise.resolve().then(() => console.log('microtask after A'));
}, 0);

let turns = 0;
function spin() {
  turns++;
  if (turns < 3) setImmediate(spin);
  else {
    console.log('spun', turns, 'turns');
    setTimeout(() => console.log('done at', turns), 0);
  }
}
setTimeout(spin, 30);
