// require() of the built-in host modules: names, caching, errors
const util = require('util');
const assert = require('assert');
console.log(util === require('node:util'), assert === require('node:assert'));
console.log(require('assert/strict') === assert.strict, require('node:assert/strict') === assert.strict);
console.log(typeof util.inspect, typeof util.format, typeof util.isDeepStrictEqual);
console.log(typeof assert, assert.name, assert === assert.ok);
console.log(typeof require, require.name, require.length);

for (const id of ['nope', './missing.js', 'fs-extra']) {
  try {
    require(id);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message.split('\n')[0]));
    console.log(e.message.split('\n')[1], Array.isArray(e.requireStack), e instanceof Error);
  }
}
for (const id of [1, undefined, null, {}, '']) {
  try {
    require(id);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { require('node:nothing'); } catch (e) { console.log(e.name, e.code, e.message); }
