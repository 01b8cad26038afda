// destructuring in declarations, params, assignments, for-of, catch
const { a, b: { c = 3 } = {}, ...rest } = { a: 1, d: 4, e: 5 };
console.log(a, c, rest);
const [x, , y = 10, ...zs] = [1, 2, undefined, 4, 5];
console.log(x, y, zs);
function f({ p, q = 2 } = {}, [r, s] = [8, 9], ...more) { return [p, q, r, s, more]; }
console.log(f({ p: 1 }), f(), f({ p: 0, q: 0 }, [1], 'm', 'n'));
let m, n;
[m, n] = [n, m] = [1, 2];
console.log(m, n);
({ m, n = 'dflt' } = { m: 'M' });
console.log(m, n);
for (const [k, v] of [['a', 1], ['b', 2]]) console.log(k, v);
for (const { id, tags: [first] } of [{ id: 1, tags: ['t1', 't2'] }]) console.log(id, first);
try { throw { code: 7, msg: 'x' }; } catch ({ code, msg }) { console.log(code, msg); }
const obj = {};
[obj.first, obj['second']] = ['F', 'S'];
console.log(obj);
const [s1, s2] = 'hi';
console.log(s1, s2);
const { length } = 'abc';
console.log(length);
const [g1, g2] = new Set([5, 6]);
console.log(g1, g2);
const { [`comp${1}`]: computed } = { comp1: 'yes' };
console.log(computed);
function swap([a2, b2]) { return [b2, a2]; }
console.log(swap([1, 2]));
