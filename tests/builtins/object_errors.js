const cases = [
  () => Object.keys(null),
  () => Object.entries(undefined),
  () => Object.getOwnPropertyNames(null),
  () => Object.getOwnPropertyDescriptor(undefined, 'x'),
  () => Object.create(undefined),
  () => Object.defineProperty({}, 'a', { set: 'no' }),
  () => ({}).__lookupGetter__.call(null, 'x'),
  () => Object.prototype.propertyIsEnumerable.call(null, 'x'),
  () => Object.prototype.valueOf.call(undefined),
  () => Object.prototype.isPrototypeOf.call(null, {}),
];
for (const f of cases) {
  try { f(); console.log('no error'); } catch (e) { console.log(e instanceof TypeError, e.message); }
}
console.log(Object.prototype.isPrototypeOf.call(null, 1));
