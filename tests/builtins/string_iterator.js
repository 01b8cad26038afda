// String.prototype[Symbol.iterator] iterates code points
const s = 'a\u{1F600}b\ud800c';
const parts = [];
for (const ch of s) parts.push(ch.length);
console.log(parts, [...'héllo'].length, [...'\u{1F600}\u{1F601}'].length);
const it = 'xy'[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Array.from('abc'), [...''].length, typeof String.prototype[Symbol.iterator]);
try { String.prototype[Symbol.iterator].call(null); } catch (e) { console.log(e.name); }
