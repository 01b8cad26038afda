const ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call('s'), ts.call(true));
console.log(ts.call([]), ts.call({}), ts.call(function () {}), ts.call(() => 1), ts.call(new Error('e')));
console.log(ts.call(Symbol()), ts.call(new Map()), ts.call(new Set()), ts.call([][Symbol.iterator]()));
(function () { console.log(ts.call(arguments)); })();
console.log(ts.call({ [Symbol.toStringTag]: 'Custom' }), ts.call({ [Symbol.toStringTag]: 5 }));
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
console.log(String(new Tagged()), `${{}}`, {} + '');
console.log(ts.call(new Map().entries()), ts.call(new Set().values()), ts.call('x'[Symbol.iterator]()));
console.log(ts.call(Object.create(null)), ts.call(new TypeError()), ts.call(Object(false)));
console.log(({}).toLocaleString(), [1, 'a'].toLocaleString());
const v = { valueOf() { return 42; } };
console.log(Object.prototype.valueOf.call(v) === v, v + 1);
try { Object.prototype.toLocaleString.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
