function f() {}
console.log(f.bind(null));
console.log(Math.max, Array.prototype.push, Object, Array, Map);
console.log(console.log.name, typeof console.log);
