// errors without a stack print as [Name: message]
const e = new Error('boom'); e.stack = ''; console.log(e, [e], { e });
const t = new TypeError('bad'); t.stack = ''; t.code = 'E_BAD'; console.log(t);
const c = new Error('m', { cause: 'why' }); c.stack = ''; console.log(c);
const r = new RangeError(''); r.stack = ''; console.log(r);
class MyError extends Error {} const m = new MyError('mine'); m.stack = ''; console.log(m);
const named = new Error('x'); named.name = 'Custom'; named.stack = ''; console.log(named);
