// push and sort write with [[Set]]: a setter on a prototype's index runs
// instead of a new own element being made.
const log = [];
Object.defineProperty(Object.prototype, '2', {
  configurable: true,
  get() { log.push('get'); return 4; },
  set(v) { log.push('set ' + v); },
});
const a = [undefined, 3, , 2, undefined, , 1];
a.sort();
console.log(log, a.hasOwnProperty('2'), a[0], a[1], a[3], a.length, '6' in a);
delete Object.prototype[2];

const frozen = [];
let calls = 0;
Object.defineProperty(Array.prototype, '0', {
  configurable: true,
  set(v) { calls++; Object.freeze(frozen); },
});
try {
  frozen.push(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(calls, frozen.length, frozen.hasOwnProperty(0));

const ro = [];
Object.defineProperty(Array.prototype, '0', {
  configurable: true,
  set(v) { Object.defineProperty(ro, 'length', { writable: false }); },
});
try {
  ro.push('x', 'y');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(ro.length, Object.keys(ro));
delete Array.prototype[0];
const plain = [];
console.log(plain.push(1, 2, 3), plain);
