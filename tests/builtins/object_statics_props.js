const names = ['assign', 'create', 'defineProperty', 'defineProperties', 'entries', 'freeze', 'fromEntries',
  'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getOwnPropertyNames', 'getOwnPropertySymbols',
  'getPrototypeOf', 'setPrototypeOf', 'hasOwn', 'is', 'isExtensible', 'isFrozen', 'isSealed', 'keys',
  'preventExtensions', 'seal', 'values'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Object, n);
  console.log(n, Object[n].length, Object[n].name, d.writable, d.enumerable, d.configurable);
}
console.log(Object.length, Object.name, typeof Object.prototype, Object.prototype.constructor === Object);
const pd = Object.getOwnPropertyDescriptor(Object, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
const proto = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof proto.get, typeof proto.set, proto.enumerable, proto.configurable);
console.log(Object.getPrototypeOf(Object.prototype));
