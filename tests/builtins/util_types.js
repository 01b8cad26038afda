// util.types predicates
const util = require('util');
const t = util.types;
const values = [new Map(), new Set(), new WeakMap(), new WeakSet(), Promise.resolve(), new Error('e'),
  new TypeError('t'), {}, [], new Number(1), new String('s'), 1];
for (const v of values) {
  console.log((v instanceof Error ? v.name : util.inspect(v)).padEnd(24), t.isMap(v), t.isSet(v), t.isWeakMap(v), t.isWeakSet(v),
    t.isPromise(v), t.isNativeError(v), t.isBoxedPrimitive(v), t.isNumberObject(v));
}
console.log(t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isMapIterator([].keys()));
