const assert = require('assert');
const items = [1, 2];
const user = { name: 'ann', roles: [] };
const msgs = [];
const run = fn => { try { fn(); } catch (e) { msgs.push(e.message); } };
run(() => assert(items.length > 5));
run(() => assert.ok(user.roles.includes('admin')));
run(() => assert(
  items.every(n => n > 1) &&
    user.name === 'bob'
));
run(() => { assert(typeof user.age === 'number', undefined); });
run(() => assert.ok(null));
run(() => assert(0, ''));
run(() => assert.ok(items.length === 3, 'need three items'));
run(() => assert.equal(user.name, 'bob'));
run(() => assert.equal({ a: 1 }, { a: 1 }));
run(() => assert.notEqual(items.length, 2));
run(() => assert.strictEqual(user.roles.length, 1, new RangeError('roles wrong')));
const check = (v) => assert(v);
run(() => check(false));
run(() => [0].forEach(x => assert(x)));
run(() => { const ok = assert.ok; ok(''); });
console.log(msgs.join('\n---\n'));
try { assert.strictEqual(1, 2, new RangeError('custom instance')); } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }
