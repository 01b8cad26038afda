class NotFound extends Error {
  constructor(id) { super(`Item ${id} not found`); this.name = 'NotFound'; this.id = id; }
}
function find(id) { throw new NotFound(id); }
console.log('before');
find(42);
