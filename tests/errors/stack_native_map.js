// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
function f() { return [1, 2].map((x) => { if (x === 2) throw new Error('in map'); return x; }); }
show(f);
show(() => [3, 1, 2].sort(() => { throw new TypeError('in sort'); }));
show(() => [1].forEach(function each() { throw new Error('in forEach'); }));
show(() => [1].find(() => null.x));
show(() => Array.from([1], () => { throw new Error('in from'); }));
