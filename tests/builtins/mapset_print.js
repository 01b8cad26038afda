const m = new Map([['a', 1], [{ x: 1 }, [1, 2]]]);
console.log(m);
const s = new Set([1, 'two', [3]]);
console.log(s);
console.log(new Map(), new Set());
m.delete('a');
s.delete(1);
console.log(m.size, s.size, m, s);
