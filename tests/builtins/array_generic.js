const o = { length: 3, 0: 'x', 1: 'y', 2: 'z' };
console.log(Array.prototype.map.call(o, s => s + s), Array.prototype.filter.call(o, s => s !== 'y'));
console.log(Array.prototype.join.call(o), Array.prototype.slice.call(o, 1), Array.prototype.includes.call(o, 'z'));
function f() { return Array.prototype.slice.call(arguments); }
console.log(f(1, 2, 3), Array.prototype.reverse.call({ length: 2, 0: 1, 1: 2 })[0]);
const str = 'hello';
console.log(Array.prototype.map.call(str, c => c.charCodeAt(0)), Array.prototype.every.call(str, c => c > 'a'));
console.log(Array.prototype.indexOf.call({ length: '2', 1: 'b' }, 'b'), Array.prototype.at.call({ length: 1.9, 0: 'A' }, 0));
const proto = [10, 20];
const inh = Object.create(proto);
console.log(inh.length, Array.prototype.join.call(inh));
(function () { console.log(Array.from(arguments), [].concat(arguments).length); })('a', 'b');
