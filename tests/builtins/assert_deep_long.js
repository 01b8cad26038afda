// deepStrictEqual diffs of long values: identical runs fold into "..."
const assert = require('assert');
function check(f) {
  try { f(); console.log('passed'); } catch (e) { console.log(e.message); console.log('--'); }
}
const a = Array.from({ length: 20 }, (_, i) => i);
const b = a.slice(); b[10] = 'ten';
check(() => assert.deepStrictEqual(a, b));
const c = a.slice(); c[1] = -1; c[18] = -18;
check(() => assert.deepStrictEqual(a, c));
const o1 = {}, o2 = {};
for (let i = 0; i < 12; i++) { o1['key' + i] = i; o2['key' + i] = i; }
o2.key0 = 'zero';
check(() => assert.deepStrictEqual(o1, o2));
check(() => assert.deepStrictEqual({ list: a }, { list: a.concat([20, 21, 22]) }));
check(() => assert.deepStrictEqual(Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => -i)));
