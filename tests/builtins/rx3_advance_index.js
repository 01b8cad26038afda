// An empty match advances lastIndex past 2^32 without wrapping.
const r = /./g;
let called = false;
r.exec = function () {
  if (called) return null;
  called = true;
  r.lastIndex = { valueOf() { return 2 ** 54; } };
  return { length: 1, 0: '', index: 0 };
};
console.log(JSON.stringify(r[Symbol.replace]('', '')), r.lastIndex);
const m = /(?:)/g;
m.exec = function () {
  if (m.done) return null;
  m.done = true;
  m.lastIndex = 2 ** 32 - 1;
  return { length: 1, 0: '', index: 0 };
};
console.log(m[Symbol.match]('abc'), m.lastIndex);
