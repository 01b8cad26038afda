// error messages of String.prototype methods
const tries = [
  () => String.prototype.trim.call(null),
  () => String.prototype.at.call(undefined, 0),
  () => String.prototype.includes.call(undefined, 'a'),
  () => String.prototype.padStart.call(null, 3),
  () => 'abc'.normalize('nfc'),
  () => 'a'.repeat(-2),
  () => 'abc'.normalize(),
  () => 'abc'.normalize('NFKD'),
  () => String.prototype.split.call(null, ','),
  () => String.prototype.replace.call(undefined, 'a', 'b'),
  () => String.prototype.toUpperCase.call(null),
];
for (const f of tries) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log('x'.isWellFormed(), '\ud800'.isWellFormed(), '\ud800x'.toWellFormed().charCodeAt(0));
