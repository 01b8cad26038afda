// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
show(() => Object.defineProperty(1, 'x', {}));
show(() => Object.keys(null));
show(() => Object.setPrototypeOf(1, 2));
show(() => Object.fromEntries([1]));
show(() => JSON.parse('{bad'));
show(() => { const a = {}; a.a = a; JSON.stringify(a); });
show(() => Math.max(Symbol()));
show(() => 'a'.repeat(-1));
show(() => 'x'.normalize('bogus'));
show(() => (1).toFixed(101));
show(() => Number.prototype.toString.call('x'));
show(() => Reflect.get(1, 'x'));
show(() => Promise.resolve.call(1));
show(() => Map.prototype.get.call(1));
show(() => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(1));
show(() => isNaN(Symbol()));
show(() => encodeURI('\uD800'));
show(() => decodeURIComponent('%'));
show(() => parseInt.call(null, Symbol()));
show(() => Function.prototype.toString.call({}));
show(() => [].reduce((a, b) => a));
show(() => [1, 2].toSorted(1));
