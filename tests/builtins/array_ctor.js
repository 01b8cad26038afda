console.log(Array(3).length, new Array(3).length, Array(1, 2), new Array('3'), Array(), Array.of(7), Array.of(1, 2, 3));
try { new Array(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Array(2 ** 32); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype), Array.isArray('a'));
class MyArr extends Array {}
const m = new MyArr(1, 2, 3);
console.log(m.length, m instanceof MyArr, Array.isArray(m), m.map(x => x * 2) instanceof MyArr);
console.log(Array.length, Array.name, Array.prototype.length, Array.from.length, Array.of.length);
const a = new Array(5);
console.log(a, 0 in a, a.length);
a.length = 2;
console.log(a.length);
try { a.length = -1; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array[Symbol.species] === Array);
