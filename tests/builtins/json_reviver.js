// JSON.parse with a reviver: order, this, deletion, replacement
const log = [];
const r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":"x"}', function (k, v) {
  log.push(JSON.stringify(k) + ':' + (typeof v === 'object' ? Array.isArray(v) ? 'array' : 'object' : v));
  if (k === 'c') return undefined;
  if (typeof v === 'number') return v * 10;
  return v;
});
console.log(log.join(' '));
console.log(r);
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
console.log(JSON.parse('5', function (k, v) { return [k, v, typeof this, Object.keys(this)]; }));
console.log(JSON.parse('{"x":1}', (k, v) => (k === '' ? 'root' : v)));
