// JSON.parse stores a reviver's result with CreateDataProperty: a property
// the reviver made non-configurable keeps its value.
const arr = JSON.parse('[1, 2]', function (key, value) {
  if (key === '0') Object.defineProperty(this, '1', { configurable: false });
  return key === '1' ? 22 : value;
});
console.log(arr);
const obj = JSON.parse('{"a": 1, "b": 2, "c": 3}', function (key, value) {
  if (key === 'a') Object.defineProperty(this, 'b', { configurable: false });
  if (key === 'c') return undefined;
  return typeof value === 'number' ? value * 10 : value;
});
console.log(obj, Object.getOwnPropertyDescriptor(obj, 'b'));
