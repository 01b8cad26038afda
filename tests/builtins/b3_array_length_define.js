// Defining an array's length: the value is converted (twice, as the spec
// says) before anything is checked, and a deletion stopped by a
// non-configurable element still makes length read-only when asked.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

show('negative', () => Object.defineProperty([], 'length', { value: -1, configurable: true }));
show('NaN', () => Object.defineProperty([], 'length', { value: NaN, enumerable: true }));
show('read-only, too big', () => {
  const a = [];
  Object.defineProperty(a, 'length', { writable: false });
  return Object.defineProperty(a, 'length', { value: 2 ** 40, writable: true });
});

let calls = 0;
const arr = [1, 2];
const len = {
  valueOf() {
    calls++;
    if (calls === 2) Object.defineProperty(arr, 'length', { writable: false });
    return 2;
  },
};
show('valueOf freezes length', () => Object.defineProperty(arr, 'length', { value: len, writable: true }));
console.log('valueOf calls', calls);

const hints = [];
const arr2 = [1, 2, 3];
const len2 = {
  [Symbol.toPrimitive](hint) {
    hints.push(hint);
    Object.defineProperty(arr2, 'length', { writable: false });
    return 0;
  },
};
console.log('Reflect.set', Reflect.set(arr2, 'length', len2), hints, arr2);

const arr3 = [0, 1, 2];
Object.defineProperty(arr3, '1', { configurable: false });
show('stopped deletion', () => Object.defineProperties(arr3, { length: { value: 0, writable: false } }));
console.log(Object.getOwnPropertyDescriptor(arr3, 'length'), arr3);
const arr4 = [0, 1, 2];
Object.defineProperty(arr4, '1', { configurable: false });
console.log(Reflect.defineProperty(arr4, 'length', { value: 0 }), Object.getOwnPropertyDescriptor(arr4, 'length'));

// V8's messages for an index past a read-only length
const fixed = [];
Object.defineProperty(fixed, 'length', { writable: false });
show('set', () => { 'use strict'; fixed[0] = 1; });
show('define', () => Object.defineProperty(fixed, '0', { value: 1 }));
show('unshift', () => fixed.unshift(1));
