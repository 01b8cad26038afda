const data = {
  users: [
    { id: 1, name: 'Alice', tags: ['admin', 'dev'], meta: { created: 'yesterday' } },
    { id: 2, name: 'Bob', tags: [], meta: { created: 'today', flags: { a: true } } },
  ],
  total: 2,
};
console.log(data);
