function f(a, b) { return [this === undefined ? 'undef' : typeof this === 'object' ? this.tag : this, a, b]; }
console.log(f.call({ tag: 'T' }, 1, 2), f.apply({ tag: 'A' }, [3, 4]), f.apply({ tag: 'N' }), f.apply({ tag: 'L' }, null));
console.log(f.call({ tag: 'x' }), f.apply({ tag: 'y' }, { length: 2, 0: 'p', 1: 'q' }));
function strict() { 'use strict'; return this; }
console.log(strict.call(5), strict.call(null), strict.call(undefined), typeof strict.call('s'));
function sloppy() { return typeof this; }
console.log(sloppy.call(5), sloppy.call(null) === 'object');
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.concat.call([1], [2]));
try { f.apply(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Function.prototype.call.call({}); } catch (e) { console.log(e.name); }
console.log(f.call.length, f.apply.length, Function.prototype.call.name, Function.prototype.apply.name);
console.log(Function.prototype.call.call(f, { tag: 'cc' }, 'z'));
