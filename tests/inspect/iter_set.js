const s = new Set([1, 2, { x: 3 }]);
console.log(s.values());
console.log(s.keys());
console.log(s.entries());
