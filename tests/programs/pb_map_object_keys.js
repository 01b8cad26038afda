// Maps with object keys, insertion order, and conversion to and from arrays/objects
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return `(${this.x},${this.y})`; }
}
const a = new Point(1, 2);
const b = new Point(1, 2);
const labels = new Map([[a, 'first'], [b, 'second']]);
console.log(labels.size, labels.get(a), labels.get(b), labels.get(new Point(1, 2)));

const obj = {};
obj[a] = 'first';
obj[b] = 'second';
console.log('plain object collapses keys:', Object.keys(obj), obj[a]);

const m = new Map();
m.set('z', 1).set('a', 2).set(10, 3).set('10', 4).set(true, 5);
console.log([...m.keys()]);
m.set('z', 100);
console.log('update keeps position', [...m.entries()][0]);
m.delete('z');
m.set('z', 1);
console.log('re-insert moves to end', [...m.keys()].at(-1));

const scores = { ann: 90, bob: 72, cid: 85 };
const scoreMap = new Map(Object.entries(scores));
scoreMap.set('dee', 60);
const passed = new Map([...scoreMap].filter(([, v]) => v >= 75));
console.log(passed);
console.log(Object.fromEntries(passed));
console.log(JSON.stringify([...scoreMap]));
console.log(JSON.stringify(Object.fromEntries(scoreMap.entries())));

const nested = new Map([['inner', new Map([['k', new Set([1, 2])]])]]);
console.log(nested);
console.log(new Map([[NaN, 'nan'], [-0, 'zero']]).get(NaN), new Map([[-0, 'zero']]).get(0));

const iter = m.entries();
console.log(iter.next(), iter[Symbol.toStringTag]);
m.forEach((value, key) => console.log(typeof key, key, '=>', value));
