const util = require('util');
class Vec {
  constructor(...c) { this.c = c; }
  get length() { return Math.hypot(...this.c); }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Vec]', 'special');
    return `Vec<${this.c.map(n => inspect(n, options)).join(', ')}>`;
  }
}
class Matrix {
  constructor(rows) { this.rows = rows.map(r => new Vec(...r)); }
  [util.inspect.custom](depth, opts, inspect) {
    const inner = inspect(this.rows, { ...opts, depth: opts.depth === null ? null : opts.depth - 1 });
    return `Matrix ${inner}`;
  }
}
const v = new Vec(3, 4);
console.log(v, [v], { v }, `${util.inspect(v)}`, v.length);
console.log(new Matrix([[1, 2], [3, 4]]));
console.log({ a: { b: { c: { d: v } } } });
console.log(util.inspect({ deep: { er: v } }, { depth: 0 }));
class Secret { constructor(v) { this.v = v; } [Symbol.for('nodejs.util.inspect.custom')]() { return { redacted: true, len: String(this.v).length }; } }
console.log(new Secret('hunter2'), [new Secret(12345)]);
class Plain { [util.inspect.custom]() { return this; } }
console.log(new Plain());
class Str { [util.inspect.custom]() { return 'line1\nline2'; } }
console.log({ s: new Str() }, [new Str()]);
class NumLike { [util.inspect.custom]() { return 42; } }
console.log(new NumLike(), { n: new NumLike() });
const withGetters = { get computed() { return 1 + 1; }, set only(v) {}, get both() { return 'b'; }, set both(v) {}, plain: 1 };
console.log(util.inspect(withGetters, { getters: true }));
console.log(util.inspect(withGetters, { getters: 'get' }), util.inspect(withGetters, { getters: 'set' }));
class Hidden { constructor() { Object.defineProperty(this, 'secret', { value: 's', enumerable: false }); this.shown = 1; } }
console.log(util.inspect(new Hidden(), { showHidden: true }), new Hidden());
console.log(util.inspect([1, 2, 3], { showHidden: true }), util.inspect(function f(a) {}, { showHidden: true }));
console.log(util.inspect(new Map([['k', { v: [1, 2, { x: 1 }] }]]), { depth: 1, compact: false }));
console.log(util.inspect({ arr: [[1, 2], [3, 4]] }, { compact: 1, breakLength: 20 }));
console.log(util.inspect('str', { colors: true }), util.inspect(null, { colors: true }), util.inspect(undefined, { colors: true }), util.inspect(Symbol('q'), { colors: true }));
console.log(util.inspect({ n: 1234567.891, big: 12345678 }, { numericSeparator: true }));
console.log(util.inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }), util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(util.formatWithOptions({ colors: true }, '%s and %o', 'str', [1]), util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));
