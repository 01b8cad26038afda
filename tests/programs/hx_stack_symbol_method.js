// symbol-named methods appear in stack traces without a type: at [Symbol.iterator]
const frame = () => new Error('d').stack.split('\n')[2].replace(/\(.*[\\/]/, '(');
const s = Symbol('x');
const o = { [Symbol.iterator]() { return frame(); }, [s]: function foo() { return frame(); } };
console.log(o[Symbol.iterator]());
console.log(o[s]());
o.bar = o[Symbol.iterator];
console.log(o.bar());
class K {
  get [s]() { return frame(); }
  static [Symbol.hasInstance]() { return frame(); }
  [Symbol.toPrimitive]() { return frame(); }
  plain() { return frame(); }
}
console.log(new K()[s]);
console.log(K[Symbol.hasInstance]());
console.log(new K()[Symbol.toPrimitive]());
console.log(new K().plain());
