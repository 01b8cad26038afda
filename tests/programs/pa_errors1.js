class ValidationError extends Error {
  constructor(field, message, options) {
    super(message, options);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class DbError extends Error {}
function validate(user) {
  if (!user.name) throw new ValidationError('name', 'Name is required');
  if (user.age < 0) throw new ValidationError('age', 'Age must be positive', { cause: new RangeError('negative') });
  return true;
}
for (const u of [{ name: 'a', age: 1 }, { age: 3 }, { name: 'b', age: -1 }]) {
  try {
    console.log(validate(u));
  } catch (e) {
    console.log(String(e), e.field, e instanceof ValidationError, e instanceof Error);
    console.log(e.toString(), Object.prototype.toString.call(e));
    if (e.cause) console.log('cause:', e.cause.message, e.cause.name);
  }
}
const d = new DbError('conn lost');
console.log(d.name, d.message, String(d), d.constructor.name);
const e2 = new Error('plain');
e2.name = 'Custom';
console.log(e2.toString());
const e3 = new Error();
console.log(JSON.stringify(e3.message), e3.toString(), Object.keys(e3));
console.log(Error('no new') instanceof Error, TypeError('t').name);
try { null.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { undefined.foo(); } catch (e) { console.log(e.message); }
try { const o = {}; o.bar(); } catch (e) { console.log(e.message); }
try { let q = 1; q(); } catch (e) { console.log(e.message); }
try { notDefined + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new (class A { constructor() { this.x.y = 1; } })(); } catch (e) { console.log(e.message); }
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.message); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { (1.5).toFixed(200); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse('{bad json}'); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse(''); } catch (e) { console.log(e.name, e.message); }
try { 'abc'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
try { Symbol() + ''; } catch (e) { console.log(e.name, e.message); }
try { const c = 1; c = 2; } catch (e) { console.log(e.name, e.message); }
try { class X { #p = 1; static get(o) { return o.#p; } } X.get({}); } catch (e) { console.log(e.name, e.message); }
function finallyDemo() {
  try { return 'try'; } finally { console.log('finally runs'); }
}
console.log(finallyDemo());
const agg = new AggregateError([new Error('a'), new TypeError('b')], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map(String));
