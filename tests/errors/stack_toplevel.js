// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
console.log(frames(new Error('top level')));
const arrow = () => new Error('named arrow');
console.log(frames(arrow()));
console.log(frames([0].map(() => new Error('anonymous arrow'))[0]));
const fexpr = function () { return new Error('function expression'); };
console.log(frames(fexpr()));
console.log(frames([0].map(function () { return new Error('anonymous function'); })[0]));
console.log(frames(JSON.parse('{"a":1}', function (k, v) { if (k === 'a') return new Error('reviver'); return v; }).a));
console.log('abc'.replace(/b/, () => { try { null.f(); } catch (e) { return '\n' + frames(e) + '\n'; } }));
