// toJSON is called with the key, before the replacer
const obj = {
  when: { toJSON(key) { return 'toJSON(' + key + ')'; } },
  list: [{ toJSON(key) { return 'item' + key; } }],
  nested: { inner: { toJSON() { return { replaced: true }; } } },
  notfn: { toJSON: 42 },
};
console.log(JSON.stringify(obj));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ toJSON: () => [1, 2] }));
class Point { constructor(x, y) { this.x = x; this.y = y; } toJSON() { return `${this.x},${this.y}`; } }
console.log(JSON.stringify([new Point(1, 2), new Point(3, 4)]));
console.log(JSON.stringify({ a: { toJSON(k) { return k + '!'; } } }, (k, v) => (typeof v === 'string' ? v.toUpperCase() : v)));
