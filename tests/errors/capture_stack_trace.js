// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
const obj = { message: 'plain object' };
function outer() { return inner(); }
function inner() { Error.captureStackTrace(obj); return obj; }
outer();
console.log(frames(obj));
console.log(Object.getOwnPropertyDescriptor(obj, 'stack').enumerable);
const cut = {};
function hidden() { Error.captureStackTrace(cut, hidden); }
function caller() { hidden(); }
caller();
console.log(frames(cut));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; Error.captureStackTrace(this, MyError); }
}
function make() { return new MyError('custom'); }
console.log(frames(make()));
const named = { name: 'Named', message: 'm' };
Error.captureStackTrace(named);
console.log(frames(named));
try { Error.captureStackTrace(1); } catch (e) { console.log(e.message); }
