// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
const w = new WeakMap();
show(() => w.set(1, 2));
show(() => new WeakMap([[{}, 1], ['k', 2]]));
show(() => new WeakSet().add(Symbol.for('registered')));
show(() => new WeakSet([1]));
show(() => new WeakRef(5));
function register() { new FinalizationRegistry(() => {}).register(1); }
show(register);
