console.log(Math.max.toString());
console.log(String(Array.prototype.push), String(Object));
console.log(Function.prototype.toString.call(Map));
function f() {}
console.log(f.bind(null).toString());
console.log(typeof f.toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.toString());
