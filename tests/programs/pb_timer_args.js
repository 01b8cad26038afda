// Timer argument handling: invalid callbacks, odd delays, clearing by id
const bad = [undefined, 'console.log(1)', 42, {}];
for (const cb of bad) {
  try {
    setTimeout(cb, 0);
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
}
try { queueMicrotask('x'); } catch (e) { console.log(e.name, e.code); }
try { process.nextTick(null); } catch (e) { console.log(e.name, e.code); }

const order = [];
setTimeout(() => order.push('NaN delay'), NaN);
setTimeout(() => order.push('negative delay'), -50);
setTimeout(() => order.push('string delay'), '3');
setTimeout(() => order.push('zero'), 0);
setTimeout(() => order.push('undefined delay'));
setTimeout(() => order.push('huge delay wraps to 1'), 2 ** 40);
const byNumber = setTimeout(() => order.push('cleared by number'), 1);
clearTimeout(+byNumber);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout('nonsense');
clearInterval(12345);
const t = setTimeout(() => {}, 1);
console.log(typeof t.ref, typeof t.unref, t.hasRef(), t.ref() === t, typeof t[Symbol.toPrimitive]);
setTimeout(() => console.log(order), 50);
const iv = setInterval(function () {
  console.log('interval this is the Timeout:', this === iv);
  clearInterval(this);
}, 5);
