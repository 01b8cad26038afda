const a = [1];
console.log(a.push(2, 3), a, a.pop(), a, a.shift(), a, a.unshift(8, 9), a);
console.log([].pop(), [].shift(), [].push(), [].unshift());
const o = { length: 2, 0: 'a', 1: 'b' };
Array.prototype.push.call(o, 'c');
console.log(o.length, o[2]);
console.log(Array.prototype.pop.call(o), o.length, 2 in o);
Array.prototype.unshift.call(o, 'z');
console.log(o[0], o[1], o.length);
console.log(Array.prototype.shift.call(o), o[0], o.length);
const empty = {};
Array.prototype.push.call(empty, 'x');
console.log(empty.length, empty[0]);
const h = [1, , 3];
h.shift();
console.log(h, 0 in h, h.length);
const q = [];
for (let i = 0; i < 1000; i++) q.push(i);
let sum = 0;
while (q.length) sum += q.shift();
console.log(sum);
try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.freeze([1]).pop(); } catch (e) { console.log(e.name); }
