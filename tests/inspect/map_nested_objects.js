const m = new Map();
m.set('alice', { age: 30, roles: ['admin', 'user'] });
m.set('bob', { age: 25, roles: [] });
console.log(m);
const users = new Map([[1, { name: 'John' }], [2, { name: 'Jane' }]]);
console.log(users.values());
console.log(users.entries());
