// setInterval with clearInterval, and timers cancelling each other
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log('tick', ticks);
  if (ticks === 3) {
    clearInterval(id);
    console.log('interval cleared');
    countdown(3);
  }
}, 20);

const cancelled = setTimeout(() => console.log('this never runs'), 50);
setTimeout(() => {
  clearTimeout(cancelled);
  console.log('cancelled the 50ms timer');
}, 1);

// a countdown built from setTimeout recursion, started once the interval ends
function countdown(n) {
  if (n === 0) {
    console.log('liftoff');
    return;
  }
  console.log('countdown', n);
  setTimeout(() => countdown(n - 1), 5);
}

// clearing inside its own callback
const self = setInterval(() => {
  console.log('self-clearing interval ran once');
  clearInterval(self);
}, 1);

// timers with arguments, and equal delays run in creation order
setTimeout((a, b) => console.log('args:', a, b), 2, 'first', 'second');
for (const name of ['x', 'y', 'z']) setTimeout(() => console.log('same delay', name), 2);
console.log('typeof timer handle is object:', typeof id === 'object');
