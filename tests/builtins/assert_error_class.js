// AssertionError: fields, own keys, toString, construction
const assert = require('assert');
const { AssertionError } = assert;
let e;
try { assert.strictEqual(1, 2); } catch (err) { e = err; }
console.log(e instanceof AssertionError, e instanceof Error, e.name, e.code);
console.log(Object.keys(e));
console.log(Object.getOwnPropertyNames(e));
console.log(e.actual, e.expected, e.operator, e.generatedMessage);
console.log(e.toString());
console.log(String(e.stack).split('\n')[0]);
console.log(Object.prototype.toString.call(e), Object.getPrototypeOf(AssertionError) === Error);
const made = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(made.message), made.generatedMessage);
const m2 = new AssertionError({ message: 'hand made', actual: 'a' });
console.log(m2.message, m2.generatedMessage, m2.actual, m2.expected, m2.operator);
const m3 = new AssertionError({ actual: 1, expected: 2, operator: '>=' });
console.log(m3.message);
try { new AssertionError(); } catch (err) { console.log(err.name, err.code, err.message); }
try { AssertionError({}); } catch (err) { console.log(err.name, err.message); }
console.log(AssertionError.name, AssertionError.length, typeof AssertionError.prototype.toString);
