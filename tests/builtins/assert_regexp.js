// assert.match / doesNotMatch and RegExp expectations in throws
const assert = require('assert');
function show(f) { try { f(); console.log('passed'); } catch (e) { console.log(e.name, e.code, e.generatedMessage, e.operator, JSON.stringify(e.message)); } }
show(() => assert.match('abc', /b/));
show(() => assert.match('abc', /x/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.throws(() => { throw new Error('hello world') }, /world/));
show(() => assert.throws(() => { throw new Error('hello world') }, /planet/));
show(() => assert.throws(() => { throw new Error('hello world') }, { message: /hello/ }));
show(() => assert.doesNotThrow(() => { throw new Error('hello world') }, /hello/));
console.log(require('util').isDeepStrictEqual(/a/g, /a/g), require('util').isDeepStrictEqual(/a/g, /a/i));
