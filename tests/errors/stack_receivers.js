// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function show(fn) { try { fn(); } catch (e) { console.log(frames(e)); } }
function named() { throw new Error('receiver'); }
show(() => named.call(42));
show(() => named.call('s'));
show(() => named.call(true));
show(() => named.call([]));
show(() => named.call(new Map()));
show(() => named.call(Object.create(null)));
show(() => named.call(JSON));
show(() => named.call(Math));
show(() => named.call(function other() {}));
show(() => named.call(new (class Point {})()));
show(() => named.call(globalThis));
show(() => named.call(undefined));
show(() => { 'use strict'; named(); });
show(() => named.apply({}));
show(() => Reflect.apply(named, new Set(), []));
