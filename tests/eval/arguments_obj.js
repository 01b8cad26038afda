function f() { return [arguments.length, arguments[0], typeof arguments, Array.isArray(arguments)]; }
console.log(f(), f(1, 2));
function g() { return Array.prototype.slice.call(arguments, 1); }
console.log(g(1, 2, 3));
function h() { const arrow = () => arguments[0]; return arrow('ignored'); }
console.log(h('outer'));
function it() { const r = []; for (const a of arguments) r.push(a); return r; }
console.log(it('x', 'y'));
function sp() { return Math.max(...arguments); }
console.log(sp(3, 9, 2));
function shadowed(arguments) { return arguments; }
console.log(shadowed(5));
function count() { return arguments.length; }
console.log(count(undefined, undefined));
