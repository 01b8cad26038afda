// comparing two errors: node's message shows copies without their stacks
const assert = require('assert');
const a = new Error('first'), b = new Error('second');
const show = fn => { try { fn(); console.log('passed'); } catch (e) { console.log(e.message); return e; } };
const e1 = show(() => assert.deepStrictEqual(a, b));
console.log(e1.actual === a, Object.hasOwn(e1.actual, 'stack'), e1.actual instanceof Error, e1.actual, e1.expected);
show(() => assert.strictEqual(a, b));
show(() => assert.notStrictEqual(a, a));
show(() => assert.deepEqual(a, b));
show(() => assert.notDeepStrictEqual(a, a));
const t = new TypeError('same'); t.code = 'E_T';
const r = new RangeError('same', { cause: 'why' });
show(() => assert.deepStrictEqual(t, r));
class AppError extends Error { constructor(m) { super(m); this.name = 'AppError'; this.status = 500; } }
show(() => assert.deepStrictEqual(new AppError('down'), new AppError('up')));
show(() => assert.deepStrictEqual(new AppError('same'), new AppError('same')));
const noStack = new Error('ns'); delete noStack.stack;
try { assert.deepStrictEqual(noStack, new Error('other')); } catch (e2) { console.log(e2.actual === noStack, e2.message.split('\n')[0]); }
