class Counter { static count = 3; static label = 'ctr'; }
console.log(Counter, [Counter]);
function helper() {} helper.version = '1.0'; helper.opts = { a: 1 };
console.log(helper, { helper });
class MyArr extends Array {}
const ma = MyArr.from([1, 2, 3]);
console.log(ma, ma.length, ma instanceof Array);
class MyMap extends Map { constructor() { super(); this.extra = 1; } }
const mm = new MyMap(); mm.set('k', 'v');
console.log(mm);
class MySet extends Set {}
console.log(new MySet([1]));
class Tagged { get [Symbol.toStringTag]() { return 'TagX'; } }
console.log(new Tagged(), Object.prototype.toString.call(new Tagged()));
console.log({ [Symbol.toStringTag]: 'Custom', a: 1 });
console.log(new WeakMap(), new WeakSet());
const boxed = new String('hi'); boxed.extra = true;
console.log(boxed, new Number(-0), [new String('')]);
const anon = new (class {})();
console.log(anon, new (class { constructor() { this.q = 1; } })());
const proto = Object.create(Counter.prototype); proto.own = 1;
console.log(proto);
function Legacy(name) { this.name = name; }
Legacy.prototype.greet = function () { return 'hi ' + this.name; };
console.log(new Legacy('old'), Legacy, new Legacy('x').greet());
const bound = helper.bind(null);
console.log(bound, bound.name, (() => {}).bind(null));
const renamed = function () {}; Object.defineProperty(renamed, 'name', { value: 'newName' });
console.log(renamed, Object.defineProperty(function () {}, 'name', { value: '' }));
class Base { constructor() { this.base = true; } }
class Derived extends Base { constructor() { super(); this.derived = true; } }
console.log(new Derived(), Derived, Object.getPrototypeOf(Derived) === Base);
const nullProtoClassy = Object.create(null); nullProtoClassy.constructor = Counter;
console.log(nullProtoClassy);
console.log([function () {}, function named() {}, class {}, class extends Base {}]);
console.log(Object.assign(() => {}, { a: 1 }));
const longObj = {};
for (let i = 0; i < 30; i++) longObj['key' + i] = i;
console.log(longObj);
console.log([1.5, -2, 300, 4.25, -0.5, 6, 7, 8, 9]);
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g', 'hh', 'iii', 'jjjj']);
console.log([true, false, null, undefined, 1, 'a', true, false]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log({ s: 'a'.repeat(60), t: 'b'.repeat(10) });
console.log(['x'.repeat(20), 'y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20)]);
console.log({ arr: Array.from({ length: 10 }, (_, i) => ({ id: i })) });
console.log(Array(3).fill({ same: 1 }));
const shared = { s: 1 }; console.log({ a: shared, b: shared, c: [shared] });
console.log(Object.defineProperty({}, 'g', { get() { return 1; }, enumerable: true }), Object.defineProperty([], 'x', { value: 1, enumerable: false }));
console.log(new Error('e').name, [Symbol.for('reg')], Symbol.for('reg').description);
console.log({ 'quote"key': 1, "it's": 2, '': 3, 'ünï': 4, $dollar: 5, _u: 6, '1a': 7, a1: 8 });
