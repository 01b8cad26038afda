console.table([1, 'two', { three: 3 }]);
console.table(5);
console.table('str');
console.table(null);
console.table([]);
console.table({});
