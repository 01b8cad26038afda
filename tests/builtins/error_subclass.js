class ValidationError extends Error {
  constructor(msg, field) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
const v = new ValidationError('bad input', 'email');
console.log(v.message, v.field, v.name, String(v), v instanceof ValidationError, v instanceof Error);
console.log(Object.prototype.toString.call(v), typeof v.stack, Object.keys(v));
class Quiet extends TypeError {}
const q = new Quiet('q');
console.log(q.name, q instanceof TypeError, String(q), q.constructor.name);
try { throw new ValidationError('thrown', 'f'); } catch (e) { console.log(e.field, e.message); }
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, Object.keys(o).length);
console.log(Error.stackTraceLimit);
